import glob, json, os
from osgeo import ogr, osr, gdal
gdal.UseExceptions()
S = "data/sample/"
bds = ogr.Open("data/geodata/ptuj_obcina_boundary.geojson")
bfeat = bds.GetLayer(0).GetNextFeature()
bnd = bfeat.GetGeometryRef().Clone()
wgs = osr.SpatialReference(); wgs.ImportFromEPSG(4326); wgs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
d96 = osr.SpatialReference(); d96.ImportFromEPSG(3794); d96.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
ct = osr.CoordinateTransformation(wgs, d96)
bnd_m = bnd.Clone(); bnd_m.Transform(ct)
print("boundary valid", bnd.IsValid(), "area km2 %.3f" % (bnd_m.GetArea() / 1e6))
bad = 0
areas = {}
for fn in sorted(glob.glob(S + "*.geojson")):
    ds = ogr.Open(fn)
    lyr = ds.GetLayer(0)
    n = lyr.GetFeatureCount()
    kinds = set()
    notes = []
    for f in lyr:
        g = f.GetGeometryRef()
        kinds.add(g.GetGeometryName())
        nm = f.GetField("name") if f.GetFieldIndex("name") >= 0 else None
        if not g.IsValid():
            bad += 1; notes.append("INVALID %s" % nm)
        if not g.Intersects(bnd):
            bad += 1; notes.append("NOT INTERSECTING %s" % nm)
        gm = g.Clone(); gm.Transform(ct)
        if g.GetGeometryName() in ("POLYGON", "MULTIPOLYGON"):
            inter = gm.Intersection(bnd_m)
            frac = inter.GetArea() / gm.GetArea()
            areas[(os.path.basename(fn), nm)] = (gm.GetArea(), inter.GetArea())
            if frac < 0.9999:
                notes.append("%s inside %.2f%%" % (nm, 100 * frac))
        elif g.GetGeometryName() == "POINT":
            if not g.Within(bnd):
                bad += 1; notes.append("POINT OUTSIDE %s" % nm)
        else:
            if not g.Within(bnd):
                inter = gm.Intersection(bnd_m)
                notes.append("%s line %.0f m of %.0f m inside" % (nm, inter.Length(), gm.Length()))
    print("%-36s layer=%-22s n=%-4d %s %s" % (os.path.basename(fn), lyr.GetName(), n, ",".join(sorted(kinds)), "; ".join(notes)))
print("invalid/outside count:", bad)
nat = [(k, v) for k, v in areas.items() if k[0] == "environment_natura2000.geojson"]
tot = sum(v[0] for k, v in nat)
for k, v in nat:
    print("  %-14s %.1f ha (inside %.1f ha)" % (k[1], v[0] / 1e4, v[1] / 1e4))
print("Natura 2000 total EPSG:3794: %.1f ha = %.2f %% of the municipality" % (tot / 1e4, 100 * tot / bnd_m.GetArea()))
lk = areas[("water_lake_ptuj.geojson", "Ptujsko jezero")]
print("Lake EPSG:3794: %.3f km2, inside %.3f km2" % (lk[0] / 1e6, lk[1] / 1e6))
fl = {k[1]: v for k, v in areas.items() if k[0] == "protection_flood_hazard.geojson"}
# nesting check
ds = ogr.Open(S + "protection_flood_hazard.geojson"); lyr = ds.GetLayer(0)
geoms = {f.GetField("hazard_class"): f.GetGeometryRef().Clone() for f in lyr}
for a, b in (("high", "medium"), ("medium", "low")):
    ga, gb = geoms[a].Clone(), geoms[b].Clone(); ga.Transform(ct); gb.Transform(ct)
    print("flood %s - %s outside area: %.3f m2" % (a, b, ga.Difference(gb).GetArea()))
# natura overlaps
ds = ogr.Open(S + "environment_natura2000.geojson"); lyr = ds.GetLayer(0)
ng = {f.GetField("name"): f.GetGeometryRef().Clone() for f in lyr}
for g in ng.values(): g.Transform(ct)
names = sorted(ng)
for i in range(len(names)):
    for j in range(i + 1, len(names)):
        a = ng[names[i]].Intersection(ng[names[j]]).GetArea()
        if a > 0: print("  overlap %s / %s: %.1f ha" % (names[i], names[j], a / 1e4))
u = ng[names[0]]
for nme in names[1:]: u = u.Union(ng[nme])
print("Natura union (overlaps counted once): %.1f ha" % (u.GetArea() / 1e4))
