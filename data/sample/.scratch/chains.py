import json
d=json.load(open('/work/main/data/geodata/ptuj_cetrti_ODO_CM.geojson'))
polys={f['properties']['ODO_UIME'].replace('Četrt ',''):[tuple(p) for p in f['geometry']['coordinates'][0]] for f in d['features']}
def chain(a,b):
    ra=polys[a][:-1]; sb=set(polys[b]); n=len(ra)
    flags=[p in sb for p in ra]
    # rotate so we start at a non-shared vertex
    k=flags.index(False)
    ra=ra[k:]+ra[:k]; flags=flags[k:]+flags[:k]
    runs=[];cur=[]
    for p,f in zip(ra,flags):
        if f: cur.append(p)
        elif cur: runs.append(cur); cur=[]
    if cur: runs.append(cur)
    return runs
feats=[]
for a,b in [("Panorama","Center"),("Panorama","Ljudski vrt"),("Grajena","Panorama"),("Grajena","Ljudski vrt"),("Breg-Turnišče","Panorama"),("Breg-Turnišče","Center")]:
    for r in chain(a,b):
        print(a,b,len(r),r[0],r[-1])
        feats.append({'type':'Feature','properties':{'n':a+'/'+b},'geometry':{'type':'LineString','coordinates':r}})
json.dump({'type':'FeatureCollection','features':feats},open('/work/main/data/sample/zz_chains.geojson','w'))
