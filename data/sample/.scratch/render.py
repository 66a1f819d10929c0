import json, zlib, struct, math, sys, glob, os
# usage: render.py out.png [bbox lon0 lat0 lon1 lat1] [scale px/km]
W0=15.770; E0=15.950; S0=46.380; N0=46.500
args=sys.argv[1:]
out=args[0]
if len(args)>=5: W0,S0,E0,N0=map(float,args[1:5])
pxkm=float(args[5]) if len(args)>5 else 80
R=6371008.8; phi0=math.radians(46.43)
def xy(lon,lat):
    x=R*math.cos(phi0)*math.radians(lon-W0); y=R*math.radians(N0-lat)
    return x/1000*pxkm, y/1000*pxkm
Wpx=int(xy(E0,S0)[0])+1; Hpx=int(xy(E0,S0)[1])+1
img=bytearray(b'\xff'*(Wpx*Hpx*3))
def put(x,y,c):
    x=int(x); y=int(y)
    if 0<=x<Wpx and 0<=y<Hpx:
        i=(y*Wpx+x)*3; img[i:i+3]=bytes(c)
def line(a,b,c,w=1):
    (x0,y0),(x1,y1)=a,b
    n=int(max(abs(x1-x0),abs(y1-y0)))+1
    for k in range(n+1):
        t=k/n; x=x0+(x1-x0)*t; y=y0+(y1-y0)*t
        for dx in range(-(w//2),w-w//2):
            for dy in range(-(w//2),w-w//2): put(x+dx,y+dy,c)
def fillpoly(rings,c):
    pr=[[xy(*p[:2]) for p in r] for r in rings]
    ys=[p[1] for r in pr for p in r]
    for yy in range(max(0,int(min(ys))),min(Hpx,int(max(ys))+1)):
        yc=yy+0.5; xs=[]
        for r in pr:
            for i in range(len(r)-1):
                (x0,y0),(x1,y1)=r[i],r[i+1]
                if (y0<=yc)!=(y1<=yc): xs.append(x0+(yc-y0)*(x1-x0)/(y1-y0))
        xs.sort()
        for i in range(0,len(xs)-1,2):
            for xx in range(max(0,int(xs[i])),min(Wpx,int(xs[i+1])+1)):
                j=(yy*Wpx+xx)*3
                # blend
                img[j]=(img[j]+c[0])//2; img[j+1]=(img[j+1]+c[1])//2; img[j+2]=(img[j+2]+c[2])//2
def draw(geom,c,fill=None,w=1,dot=3):
    t=geom['type']; cs=geom['coordinates']
    if t=='Point':
        x,y=xy(*cs[:2])
        for dx in range(-dot,dot+1):
            for dy in range(-dot,dot+1): put(x+dx,y+dy,c)
    elif t=='LineString':
        for i in range(len(cs)-1): line(xy(*cs[i]),xy(*cs[i+1]),c,w)
    elif t=='Polygon':
        if fill: fillpoly(cs,fill)
        for r in cs: draw({'type':'LineString','coordinates':r},c,None,w)
    elif t=='MultiPolygon':
        for p in cs: draw({'type':'Polygon','coordinates':p},c,fill,w)
    elif t=='MultiLineString':
        for p in cs: draw({'type':'LineString','coordinates':p},c,None,w)
def load(p): return json.load(open(p))['features']
G='/work/main/data/geodata/'; S='/work/main/data/sample/'
layers=os.environ.get('LAYERS','').split(',') if os.environ.get('LAYERS') else None
palette={'water':(0,90,255),'environment':(0,160,0),'protection':(255,120,0),'mobility':(120,120,120),'health':(220,0,0),'culture':(150,0,150),'sport':(0,200,200),'telecom':(255,0,255),'energy':(200,200,0),'economy':(139,69,19),'agriculture':(150,200,50),'tourism':(255,0,120),'security':(0,0,120),'administration':(0,0,0),'sensors':(255,0,0)}
for f in load(G+'ptuj_cetrti_ODO_CM.geojson'): draw(f['geometry'],(200,200,200))
for f in load(G+'ptuj_obcina_boundary.geojson'): draw(f['geometry'],(0,0,0),w=2)
for p in sorted(glob.glob(S+'*.geojson')):
    base=os.path.basename(p)[:-8]
    if layers and base not in layers: continue
    dom=base.split('_')[0]; c=palette.get(dom,(0,0,0))
    fill=tuple(min(255,v+100) for v in c)
    for f in load(p): draw(f['geometry'],c,fill,w=2 if 'Line' in f['geometry']['type'] else 1,dot=2)
for f in load(G+'ptuj_naselja_points.geojson'): draw(f['geometry'],(0,0,0),dot=4)
for f in load(G+'ptuj_reference_landmarks.geojson'): draw(f['geometry'],(255,0,0),dot=3)
for f in load(G+'ptuj_aed_osm.geojson'): draw(f['geometry'],(0,128,0),dot=2)
# grid every 0.01 deg
lon=math.ceil(W0*100)/100
while lon<E0:
    x,_=xy(lon,S0)
    for y in range(0,Hpx,4): put(x,y,(255,180,180))
    lon+=0.01
lat=math.ceil(S0*100)/100
while lat<N0:
    _,y=xy(W0,lat)
    for x in range(0,Wpx,4): put(x,y,(255,180,180))
    lat+=0.01
raw=b''.join(b'\x00'+bytes(img[y*Wpx*3:(y+1)*Wpx*3]) for y in range(Hpx))
def chunk(t,d): return struct.pack('>I',len(d))+t+d+struct.pack('>I',zlib.crc32(t+d)&0xffffffff)
open(out,'wb').write(b'\x89PNG\r\n\x1a\n'+chunk(b'IHDR',struct.pack('>IIBBBBB',Wpx,Hpx,8,2,0,0,0))+chunk(b'IDAT',zlib.compress(raw,6))+chunk(b'IEND',b''))
print(out,Wpx,Hpx)
