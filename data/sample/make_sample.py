#!/usr/bin/env python3
"""Generate the illustrative sample layers of the Ptuj Operations Console.

Run from the repository root:

    python3 data/sample/make_sample.py

The script reads the real public geodata in data/geodata/ (GURS municipal boundary,
districts, settlement points; OSM AED points; reference landmarks) and draws plausible,
*illustrative* layers for the domains that have no public geometry here (rivers, Natura
2000, flood hazard, schools, roads, ...). Everything is derived deterministically from that
input and a fixed random seed, so every run rewrites byte-identical files.

Pure Python 3 standard library only (json, math, random, csv, os). The geometry helpers
below (corridors, Greiner-Hormann polygon clipping, point-in-polygon, validity checks) work
in a local planar approximation of WGS84 in metres:

    x = R * cos(phi0) * dlambda,   y = R * dphi,   R = 6371008.8 m,   phi0 = 46.43 deg

which is also the equal-area approximation used for the computed area properties.

NONE OF THE OUTPUT IS AN OFFICIAL DATASET. See README.md in this folder.
"""

import csv
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.path.normpath(os.path.join(HERE, "..", "geodata"))
OUT = HERE

SEED = 20250607
SOURCE_NOTE = ("illustrative sample drawn for the Ptuj Operations Console against the GURS "
               "boundary; not an official dataset")

# --------------------------------------------------------------------------------------
# Local metric projection
# --------------------------------------------------------------------------------------
R_EARTH = 6371008.8
PHI0 = 46.43
LON0, LAT0 = 15.87, 46.42
KX = R_EARTH * math.cos(math.radians(PHI0)) * math.pi / 180.0  # metres per degree lon
KY = R_EARTH * math.pi / 180.0                                # metres per degree lat


def to_m(lon, lat):
    return ((lon - LON0) * KX, (lat - LAT0) * KY)


def to_ll(x, y):
    return (LON0 + x / KX, LAT0 + y / KY)


def M(lon, lat):
    """Shorthand: lon/lat -> metres."""
    return to_m(lon, lat)


def Ms(pts):
    return [to_m(p[0], p[1]) for p in pts]


# --------------------------------------------------------------------------------------
# Basic planar geometry
# --------------------------------------------------------------------------------------
def dist(a, b):
    return math.hypot(b[0] - a[0], b[1] - a[1])


def length(line):
    return sum(dist(line[i], line[i + 1]) for i in range(len(line) - 1))


def ring_area(ring):
    """Signed shoelace area of an open ring (positive = counter-clockwise)."""
    s = 0.0
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        s += x1 * y2 - x2 * y1
    return s / 2.0


def seg_inter(p1, p2, q1, q2):
    """Parameters (a, b) of the intersection of the lines p1p2 and q1q2, or None if parallel."""
    rx, ry = p2[0] - p1[0], p2[1] - p1[1]
    sx, sy = q2[0] - q1[0], q2[1] - q1[1]
    d = rx * sy - ry * sx
    if d == 0.0:
        return None
    qpx, qpy = q1[0] - p1[0], q1[1] - p1[1]
    a = (qpx * sy - qpy * sx) / d
    b = (qpx * ry - qpy * rx) / d
    return a, b


def segs_cross(p1, p2, q1, q2):
    if (max(p1[0], p2[0]) < min(q1[0], q2[0]) or max(q1[0], q2[0]) < min(p1[0], p2[0]) or
            max(p1[1], p2[1]) < min(q1[1], q2[1]) or max(q1[1], q2[1]) < min(p1[1], p2[1])):
        return False
    r = seg_inter(p1, p2, q1, q2)
    if r is None:
        # parallel: treat collinear overlap as crossing
        cr = (q1[0] - p1[0]) * (p2[1] - p1[1]) - (q1[1] - p1[1]) * (p2[0] - p1[0])
        return abs(cr) < 1e-12
    a, b = r
    return 0.0 <= a <= 1.0 and 0.0 <= b <= 1.0


def pip(pt, ring):
    """Point in polygon (ray casting), ring open or closed."""
    x, y = pt
    inside = False
    n = len(ring)
    j = n - 1
    for i in range(n):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y):
            xc = xi + (y - yi) * (xj - xi) / (yj - yi)
            if x < xc:
                inside = not inside
        j = i
    return inside


def lerp(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def chaikin(pts, n=2, closed=False):
    for _ in range(n):
        m = len(pts)
        out = [] if closed else [pts[0]]
        rng_ = range(m) if closed else range(m - 1)
        for i in rng_:
            p, q = pts[i], pts[(i + 1) % m]
            out.append(lerp(p, q, 0.25))
            out.append(lerp(p, q, 0.75))
        if not closed:
            out.append(pts[-1])
        pts = out
    return pts


def resample(line, step):
    """Points every `step` metres along a polyline, endpoints kept."""
    total = length(line)
    n = max(1, int(round(total / step)))
    step = total / n
    out = [line[0]]
    seg, pos, acc = 0, step, 0.0
    seglen = [dist(line[i], line[i + 1]) for i in range(len(line) - 1)]
    while len(out) < n:
        while seg < len(seglen) and acc + seglen[seg] < pos:
            acc += seglen[seg]
            seg += 1
        t = (pos - acc) / seglen[seg] if seglen[seg] > 0 else 0.0
        out.append(lerp(line[seg], line[seg + 1], t))
        pos += step
    out.append(line[-1])
    return out


def simplify(pts, tol):
    """Douglas-Peucker simplification of an open polyline."""
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        i, j = stack.pop()
        a, b = pts[i], pts[j]
        dx, dy = b[0] - a[0], b[1] - a[1]
        L = math.hypot(dx, dy)
        best, bk = -1.0, None
        for k in range(i + 1, j):
            p = pts[k]
            d = (abs(dx * (p[1] - a[1]) - dy * (p[0] - a[0])) / L) if L > 0 else dist(p, a)
            if d > best:
                best, bk = d, k
        if bk is not None and best > tol:
            keep[bk] = True
            stack.append((i, bk))
            stack.append((bk, j))
    return [p for p, k in zip(pts, keep) if k]


def point_along(line, frac):
    """Point at fraction `frac` of the length of a polyline, plus the unit tangent there."""
    target = length(line) * frac
    acc = 0.0
    for i in range(len(line) - 1):
        d = dist(line[i], line[i + 1])
        if acc + d >= target or i == len(line) - 2:
            t = 0.0 if d == 0 else min(1.0, max(0.0, (target - acc) / d))
            p = lerp(line[i], line[i + 1], t)
            tx, ty = (line[i + 1][0] - line[i][0]) / d, (line[i + 1][1] - line[i][1]) / d
            return p, (tx, ty)
        acc += d
    raise AssertionError


def nearest_on_line(pt, line):
    """(distance, side) of pt relative to polyline; side > 0 means left of the direction."""
    best = None
    for i in range(len(line) - 1):
        a, b = line[i], line[i + 1]
        dx, dy = b[0] - a[0], b[1] - a[1]
        L2 = dx * dx + dy * dy
        t = 0.0 if L2 == 0 else max(0.0, min(1.0, ((pt[0] - a[0]) * dx + (pt[1] - a[1]) * dy) / L2))
        c = (a[0] + t * dx, a[1] + t * dy)
        d = dist(pt, c)
        if best is None or d < best[0]:
            side = dx * (pt[1] - a[1]) - dy * (pt[0] - a[0])
            best = (d, side)
    return best


def line_crosses_line(a, b):
    for i in range(len(a) - 1):
        for j in range(len(b) - 1):
            if segs_cross(a[i], a[i + 1], b[j], b[j + 1]):
                return True
    return False


def offset_line(line, d):
    """Parallel polyline at constant distance d (left positive)."""
    n = len(line)
    out = []
    for i in range(n):
        a, b = line[max(i - 1, 0)], line[min(i + 1, n - 1)]
        tx, ty = b[0] - a[0], b[1] - a[1]
        L = math.hypot(tx, ty)
        out.append((line[i][0] - ty / L * d, line[i][1] + tx / L * d))
    return remove_loops(out)


def remove_loops(p, window=200):
    """Cut local self-intersection loops ("swallowtails") out of an offset polyline."""
    p = list(p)
    i = 0
    while i < len(p) - 3:
        a, b = p[i], p[i + 1]
        cut = None
        jmax = min(len(p) - 2, i + window)
        for j in range(jmax, i + 1, -1):
            c, d = p[j], p[j + 1]
            if (max(a[0], b[0]) < min(c[0], d[0]) or max(c[0], d[0]) < min(a[0], b[0]) or
                    max(a[1], b[1]) < min(c[1], d[1]) or max(c[1], d[1]) < min(a[1], b[1])):
                continue
            r = seg_inter(a, b, c, d)
            if r and 0.0 <= r[0] <= 1.0 and 0.0 <= r[1] <= 1.0:
                cut = (j, lerp(a, b, r[0]))
                break
        if cut:
            j, q = cut
            p = p[:i + 1] + [q] + p[j + 1:]
        else:
            i += 1
    return p


def interp_profile(profile, s):
    """Piecewise-linear interpolation in a list of (s, v1, v2, ...) rows."""
    if s <= profile[0][0]:
        return profile[0][1:]
    for r0, r1 in zip(profile, profile[1:]):
        if s <= r1[0]:
            t = (s - r0[0]) / (r1[0] - r0[0])
            return tuple(a + (b - a) * t for a, b in zip(r0[1:], r1[1:]))
    return profile[-1][1:]


def corridor(line, widths, cap_n=10):
    """Polygon ring around a polyline with per-vertex (left, right) widths and round caps."""
    n = len(line)
    L, Rr, nrm, tan = [], [], [], []
    for i in range(n):
        a, b = line[max(i - 1, 0)], line[min(i + 1, n - 1)]
        tx, ty = b[0] - a[0], b[1] - a[1]
        ln = math.hypot(tx, ty)
        tx, ty = tx / ln, ty / ln
        nx, ny = -ty, tx
        wl, wr = widths[i]
        L.append((line[i][0] + nx * wl, line[i][1] + ny * wl))
        Rr.append((line[i][0] - nx * wr, line[i][1] - ny * wr))
        nrm.append((nx, ny))
        tan.append((tx, ty))
    L = remove_loops(L)
    Rr = remove_loops(Rr)
    ring = list(L)
    # end cap: from +n through +t to -n
    (nx, ny), (tx, ty), c = nrm[-1], tan[-1], line[-1]
    wl, wr = widths[-1]
    for k in range(1, cap_n):
        th = math.pi * k / cap_n
        r = wl + (wr - wl) * k / cap_n
        ring.append((c[0] + r * (nx * math.cos(th) + tx * math.sin(th)),
                     c[1] + r * (ny * math.cos(th) + ty * math.sin(th))))
    ring.extend(reversed(Rr))
    (nx, ny), (tx, ty), c = nrm[0], tan[0], line[0]
    wl, wr = widths[0]
    for k in range(1, cap_n):
        th = math.pi * k / cap_n
        r = wr + (wl - wr) * k / cap_n
        ring.append((c[0] + r * (-nx * math.cos(th) - tx * math.sin(th)),
                     c[1] + r * (-ny * math.cos(th) - ty * math.sin(th))))
    return ring


def blob(center, a, b, rot_deg, harmonics, n=96):
    """Star-shaped smooth polygon: ellipse (a, b) with radial harmonics; always simple."""
    cx, cy = center
    ca, sa = math.cos(math.radians(rot_deg)), math.sin(math.radians(rot_deg))
    ring = []
    for k in range(n):
        th = 2 * math.pi * k / n
        r = 1.0 + sum(amp * math.cos(h * th + ph) for h, amp, ph in harmonics)
        assert r > 0.2
        x, y = a * r * math.cos(th), b * r * math.sin(th)
        ring.append((cx + x * ca - y * sa, cy + x * sa + y * ca))
    return ring


def rect(center, lx, ly, rot_deg):
    cx, cy = center
    ca, sa = math.cos(math.radians(rot_deg)), math.sin(math.radians(rot_deg))
    pts = [(-lx / 2, -ly / 2), (lx / 2, -ly / 2), (lx / 2, ly / 2), (-lx / 2, ly / 2)]
    return [(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in pts]


# --------------------------------------------------------------------------------------
# Spatial index of edges and Greiner-Hormann clipping
# --------------------------------------------------------------------------------------
class EdgeIndex:
    def __init__(self, ring, cell=250.0):
        self.ring = ring
        self.cell = cell
        self.grid = {}
        n = len(ring)
        for j in range(n):
            p, q = ring[j], ring[(j + 1) % n]
            for cx in range(int(math.floor(min(p[0], q[0]) / cell)), int(math.floor(max(p[0], q[0]) / cell)) + 1):
                for cy in range(int(math.floor(min(p[1], q[1]) / cell)), int(math.floor(max(p[1], q[1]) / cell)) + 1):
                    self.grid.setdefault((cx, cy), []).append(j)

    def query(self, p, q):
        c = self.cell
        found = set()
        for cx in range(int(math.floor(min(p[0], q[0]) / c)), int(math.floor(max(p[0], q[0]) / c)) + 1):
            for cy in range(int(math.floor(min(p[1], q[1]) / c)), int(math.floor(max(p[1], q[1]) / c)) + 1):
                found.update(self.grid.get((cx, cy), ()))
        return sorted(found)


class _Degenerate(Exception):
    pass


class _V:
    __slots__ = ("x", "y", "nxt", "prv", "inter", "entry", "nb", "alpha", "vis")

    def __init__(self, x, y, inter=False, alpha=0.0):
        self.x, self.y = x, y
        self.nxt = self.prv = self.nb = None
        self.inter, self.entry, self.alpha, self.vis = inter, False, alpha, False


_INDEX_CACHE = {}


def _index_for(ring):
    key = id(ring)
    if key not in _INDEX_CACHE:
        _INDEX_CACHE[key] = (ring, EdgeIndex(ring))
    return _INDEX_CACHE[key][1]


def _gh(S, C, op):
    eps = 1e-9
    n, m = len(S), len(C)
    idx = _index_for(C)
    ins_s = [[] for _ in range(n)]
    ins_c = [[] for _ in range(m)]
    count = 0
    for i in range(n):
        p1, p2 = S[i], S[(i + 1) % n]
        for j in idx.query(p1, p2):
            q1, q2 = C[j], C[(j + 1) % m]
            if (max(p1[0], p2[0]) < min(q1[0], q2[0]) or max(q1[0], q2[0]) < min(p1[0], p2[0]) or
                    max(p1[1], p2[1]) < min(q1[1], q2[1]) or max(q1[1], q2[1]) < min(p1[1], p2[1])):
                continue
            r = seg_inter(p1, p2, q1, q2)
            if r is None:
                cr = (q1[0] - p1[0]) * (p2[1] - p1[1]) - (q1[1] - p1[1]) * (p2[0] - p1[0])
                if abs(cr) < 1e-9:
                    raise _Degenerate
                continue
            a, b = r
            if -eps <= a <= 1 + eps and -eps <= b <= 1 + eps:
                if a < eps or a > 1 - eps or b < eps or b > 1 - eps:
                    raise _Degenerate
                x, y = p1[0] + a * (p2[0] - p1[0]), p1[1] + a * (p2[1] - p1[1])
                vs, vc = _V(x, y, True, a), _V(x, y, True, b)
                vs.nb, vc.nb = vc, vs
                ins_s[i].append(vs)
                ins_c[j].append(vc)
                count += 1
    if count == 0:
        s_in_c = pip(S[0], C)
        c_in_s = pip(C[0], S)
        if op == "and":
            return [list(S)] if s_in_c else ([list(C)] if c_in_s else [])
        return [list(C)] if s_in_c else ([list(S)] if c_in_s else [list(S), list(C)])

    def build(base, ins):
        seq = []
        for i, p in enumerate(base):
            seq.append(_V(p[0], p[1]))
            seq.extend(sorted(ins[i], key=lambda v: v.alpha))
        k = len(seq)
        for i in range(k):
            seq[i].nxt = seq[(i + 1) % k]
            seq[i].prv = seq[(i - 1) % k]
        return seq

    sseq, cseq = build(S, ins_s), build(C, ins_c)
    invert = (op == "or")
    for seq, other in ((sseq, C), (cseq, S)):
        inside = pip((seq[0].x, seq[0].y), other)
        for v in seq:
            if v.inter:
                v.entry = (not inside) != invert
                inside = not inside
    rings = []
    for v in sseq:
        if not v.inter or v.vis:
            continue
        ring = [(v.x, v.y)]
        cur = v
        while True:
            cur.vis = True
            cur.nb.vis = True
            if cur.entry:
                while True:
                    cur = cur.nxt
                    ring.append((cur.x, cur.y))
                    if cur.inter:
                        break
            else:
                while True:
                    cur = cur.prv
                    ring.append((cur.x, cur.y))
                    if cur.inter:
                        break
            cur = cur.nb
            if cur.vis:
                break
        if ring[-1] == ring[0]:
            ring.pop()
        rings.append(ring)
    return rings


def gh(S, C, op="and"):
    """Greiner-Hormann clipping of simple polygon S with simple polygon C ("and" / "or").

    Returns a list of open rings. Degenerate configurations are resolved by shifting S by
    a few millimetres (deterministically)."""
    for k in range(20):
        if k == 0:
            SS = S
        else:
            dx, dy = 0.002 * k * math.cos(1.7 * k), 0.002 * k * math.sin(1.7 * k)
            SS = [(x + dx, y + dy) for x, y in S]
        try:
            return _gh(SS, C, op)
        except _Degenerate:
            continue
    raise RuntimeError("Greiner-Hormann: unresolved degeneracy")


def union(a, b):
    rings = gh(a, b, "or")
    rings.sort(key=lambda r: -abs(ring_area(r)))
    assert len(rings) == 1, "union produced %d rings" % len(rings)
    return rings[0]


def clip_line(line, ring):
    """Parts of a polyline inside a polygon ring (inside state toggled at each crossing)."""
    idx = _index_for(ring)
    n = len(ring)
    pieces, cur = [], []
    state = pip(line[0], ring)
    for i in range(len(line) - 1):
        p, q = line[i], line[i + 1]
        ts = []
        for j in idx.query(p, q):
            r = seg_inter(p, q, ring[j], ring[(j + 1) % n])
            if r and 0 < r[0] <= 1 and 0 <= r[1] <= 1:
                ts.append(r[0])
        ts.sort()
        ts = [t for k, t in enumerate(ts) if k == 0 or t - ts[k - 1] > 1e-9]
        bounds = [0.0] + ts + [1.0]
        for k in range(len(bounds) - 1):
            t0, t1 = bounds[k], bounds[k + 1]
            if state and t1 > t0:
                if not cur:
                    cur = [lerp(p, q, t0)]
                cur.append(lerp(p, q, t1))
            if k < len(ts):
                if state and cur:
                    pieces.append(cur)
                    cur = []
                state = not state
    if cur:
        pieces.append(cur)
    return [pc for pc in pieces if len(pc) > 1 and length(pc) > 0]


def ring_is_simple(ring):
    """True if a closed ring (given open) has no self-intersections (adjacent edges excluded)."""
    n = len(ring)
    if n < 3:
        return False
    idx = EdgeIndex(ring, cell=100.0)
    for i in range(n):
        p1, p2 = ring[i], ring[(i + 1) % n]
        for j in idx.query(p1, p2):
            if j <= i or j == i + 1 or (i == 0 and j == n - 1):
                continue
            if segs_cross(p1, p2, ring[j], ring[(j + 1) % n]):
                return False
    return True


# --------------------------------------------------------------------------------------
# Input data
# --------------------------------------------------------------------------------------
def load(name):
    with open(os.path.join(GEO, name), encoding="utf-8") as f:
        return json.load(f)


BOUNDARY_LL = load("ptuj_obcina_boundary.geojson")["features"][0]["geometry"]["coordinates"][0]
BOUNDARY = Ms(BOUNDARY_LL[:-1])
if ring_area(BOUNDARY) < 0:
    BOUNDARY.reverse()
DISTRICTS = {}
DISTRICTS_LL = {}
for f in load("ptuj_cetrti_ODO_CM.geojson")["features"]:
    nm = f["properties"]["ODO_UIME"].replace("Četrt ", "")
    ring = [tuple(p) for p in f["geometry"]["coordinates"][0]]
    DISTRICTS_LL[nm] = ring
    r = Ms(ring[:-1])
    if ring_area(r) < 0:
        r.reverse()
    DISTRICTS[nm] = r
SETTLEMENTS = {f["properties"]["NA_UIME"]: tuple(f["geometry"]["coordinates"])
               for f in load("ptuj_naselja_points.geojson")["features"]}
LANDMARKS = [f for f in load("ptuj_reference_landmarks.geojson")["features"]]
AEDS = {f["properties"]["@id"]: f for f in load("ptuj_aed_osm.geojson")["features"]}
with open(os.path.join(GEO, "ptuj_ulice_UL.csv"), encoding="utf-8-sig") as f:
    STREETS = {row["UL_UIME"] for row in csv.DictReader(f)}


def landmark(prefix):
    for f in LANDMARKS:
        if f["properties"]["name"].startswith(prefix):
            return tuple(f["geometry"]["coordinates"]), f["properties"]
    raise KeyError(prefix)


CASTLE, _ = landmark("Ptujski grad")
LAKE_LABEL, _ = landmark("Ptujsko jezero")
TOWN_HALL, _ = landmark("Mestna občina Ptuj building")
HOSPITAL, _ = landmark("Splošna bolnišnica")
PGD_TURNISCE, _ = landmark("PGD Turnišče")
GD_PODVINCI, _ = landmark("Gasilski dom in Podvinci")
GD_KICAR, _ = landmark("Gasilski dom in Kicar")
CARE_HOME, _ = landmark("Dom upokojencev Ptuj")


def aed(node_id):
    return tuple(AEDS[node_id]["geometry"]["coordinates"])


def inside(pt_m):
    return pip(pt_m, BOUNDARY)


def district_of(pt_m):
    for nm in sorted(DISTRICTS):
        if pip(pt_m, DISTRICTS[nm]):
            return nm
    return None


def shared_chain(a, b):
    """Vertices of district a that are shared with district b, as one ordered run."""
    ra = DISTRICTS_LL[a][:-1]
    sb = set(DISTRICTS_LL[b])
    flags = [p in sb for p in ra]
    k = flags.index(False)
    ra, flags = ra[k:] + ra[:k], flags[k:] + flags[:k]
    runs, cur = [], []
    for p, fl in zip(ra, flags):
        if fl:
            cur.append(p)
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    runs.sort(key=len, reverse=True)
    return runs[0]


# --------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------
def _r(v):
    v = round(v, 7)
    return 0.0 if v == 0 else v


def ll_line(line_m):
    out = []
    for x, y in line_m:
        lon, lat = to_ll(x, y)
        p = [_r(lon), _r(lat)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def clean_ring(pts, min_area_m2=0.25):
    """Drop (near-)collinear vertices and hairline spikes left by clipping and rounding."""
    changed = True
    while changed and len(pts) > 3:
        changed = False
        i = 0
        while i < len(pts) and len(pts) > 3:
            n = len(pts)
            a, b, c = (to_m(*pts[(i - 1) % n]), to_m(*pts[i]), to_m(*pts[(i + 1) % n]))
            cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0])
            if abs(cross) / 2.0 < min_area_m2 or b == a or b == c:
                del pts[i]
                changed = True
            else:
                i += 1
    return pts


def ll_ring(ring_m, ccw=True):
    pts = ll_line(ring_m)
    if pts[0] == pts[-1]:
        pts.pop()
    pts = clean_ring(pts)
    a = ring_area([tuple(p) for p in pts])
    if (a > 0) != ccw:
        pts.reverse()
    pts.append(list(pts[0]))
    return pts


def geom_point(pt_m):
    lon, lat = to_ll(*pt_m)
    return {"type": "Point", "coordinates": [_r(lon), _r(lat)]}


def geom_line(line_m):
    return {"type": "LineString", "coordinates": ll_line(line_m)}


def geom_polys(rings_m):
    """Polygon (one ring) or MultiPolygon (several outer rings, no holes)."""
    polys = [[ll_ring(r)] for r in rings_m]
    if len(polys) == 1:
        return {"type": "Polygon", "coordinates": polys[0]}
    return {"type": "MultiPolygon", "coordinates": polys}


def area_ll_m2(ring_ll):
    return abs(ring_area([to_m(p[0], p[1]) for p in ring_ll[:-1]]))


def geom_area_m2(geom):
    polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
    total = 0.0
    for poly in polys:
        total += area_ll_m2(poly[0]) - sum(area_ll_m2(h) for h in poly[1:])
    return total


def feature(props, geom):
    return {"type": "Feature", "properties": props, "geometry": geom}


WRITTEN = {}
LAYER_NAMES = {}


def write_fc(fname, layer, features):
    path = os.path.join(OUT, fname)
    # one geometry type per layer: promote Polygons when a layer also holds MultiPolygons
    if any(f["geometry"]["type"] == "MultiPolygon" for f in features):
        for f in features:
            if f["geometry"]["type"] == "Polygon":
                f["geometry"] = {"type": "MultiPolygon", "coordinates": [f["geometry"]["coordinates"]]}
    assert len({f["geometry"]["type"] for f in features}) == 1, fname
    head = {"type": "FeatureCollection", "name": layer, "illustrative": True,
            "source": SOURCE_NOTE, "licence": "CC BY 4.0 (sample)"}
    lines = ["{"]
    for k, v in head.items():
        lines.append("%s: %s," % (json.dumps(k), json.dumps(v, ensure_ascii=False)))
    lines.append('"features": [')
    for i, f in enumerate(features):
        lines.append(json.dumps(f, ensure_ascii=False, separators=(",", ":")) +
                     ("," if i < len(features) - 1 else ""))
    lines.append("]")
    lines.append("}")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    WRITTEN[fname] = features
    LAYER_NAMES[fname] = layer


# --------------------------------------------------------------------------------------
# Validation helpers used while generating
# --------------------------------------------------------------------------------------

def check_geometry(fname, f):
    g = f["geometry"]
    name = f["properties"].get("name")
    t = g["type"]
    if t == "Point":
        assert inside(to_m(*g["coordinates"])), (fname, name, "point outside the municipality")
    elif t == "LineString":
        line = Ms(g["coordinates"])
        assert len(line) >= 2
        assert clip_line(line, BOUNDARY), (fname, name, "line does not intersect the municipality")
    else:
        polys = [g["coordinates"]] if t == "Polygon" else g["coordinates"]
        for poly in polys:
            for k, ring in enumerate(poly):
                assert ring[0] == ring[-1] and len(ring) >= 4, (fname, name, "ring not closed")
                rm = Ms(ring[:-1])
                a = ring_area(rm)
                assert (a > 0) == (k == 0), (fname, name, "ring orientation")
                assert ring_is_simple(rm), (fname, name, "self-intersecting ring")
            outer = Ms(poly[0][:-1])
            assert gh(outer, BOUNDARY, "and"), (fname, name, "polygon outside the municipality")


def inside_fraction(rings_m):
    tot = sum(abs(ring_area(r)) for r in rings_m)
    ins = sum(abs(ring_area(c)) for r in rings_m for c in gh(r, BOUNDARY, "and"))
    return ins / tot


def clip_to_boundary(ring, min_area=5000.0):
    parts = [r for r in gh(ring, BOUNDARY, "and") if abs(ring_area(r)) >= min_area]
    parts.sort(key=lambda r: -abs(ring_area(r)))
    return parts


def bisect(fn, target, lo, hi, iters=40, tol=1e-4):
    """Find k in [lo, hi] with fn(k) == target for an increasing fn."""
    for _ in range(iters):
        mid = (lo + hi) / 2
        v = fn(mid)
        if abs(v - target) <= tol * target:
            return mid
        if v < target:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


# ======================================================================================
# 1. Water: Drava, Lake Ptuj, Grajena
# ======================================================================================
rng = random.Random(SEED)

# Upstream of the town the Drava is the municipal boundary itself (left bank MO Ptuj, right
# bank the neighbouring municipalities, past Krčevina pri Vurbergu); in the town it follows
# the GURS district boundary between Breg-Turnišče (right bank) and Panorama / Center /
# Jezero (left bank). Both edges are the river in the cadastre.
_chain = (shared_chain("Breg-Turnišče", "Panorama")[::-1] +
          shared_chain("Breg-Turnišče", "Center")[::-1][1:] +
          shared_chain("Breg-Turnišče", "Jezero")[::-1][1:])
DRAVA_ENTRY = (15.8441695, 46.4273399)
assert _chain[0] == DRAVA_ENTRY and _chain[-1] == (15.8890522, 46.4025039), _chain[:1]
_bll = [tuple(p) for p in BOUNDARY_LL[:-1]]
_i0 = _bll.index(DRAVA_ENTRY)
_bnd_river = [_bll[(_i0 - k) % len(_bll)] for k in range(183, 0, -1)]   # upstream -> entry
assert dist(M(*_bnd_river[0]), M(15.7760, 46.4688)) < 100, _bnd_river[0]
DRAVA_UP = [(15.7600, 46.4702), (15.7690, 46.4691)]                       # outside, from Maribor
DRAVA_DOWN = [(15.8901, 46.4015)]                                          # into the lake
DRAVA = resample(chaikin(simplify(Ms(DRAVA_UP + _bnd_river + _chain + DRAVA_DOWN), 12.0), 3), 20.0)
_entry_m = M(*DRAVA_ENTRY)
_ie = min(range(len(DRAVA)), key=lambda i: dist(DRAVA[i], _entry_m))
# chainage in metres relative to the point where the river leaves the boundary for the town
DRAVA_CH = [length(DRAVA[:i + 1]) - length(DRAVA[:_ie + 1]) for i in range(len(DRAVA))]


def north_bank(pt_m):
    d, side = nearest_on_line(pt_m, DRAVA)
    return side > 0


# ---- Lake Ptuj (Ptujsko jezero): north shore follows the GURS boundary (the municipal
# boundary runs along the northern embankment; most of the reservoir lies in the
# neighbouring municipality), ~40 m on the lake side of it; south shore tuned for 3.46 km2.
LAKE_N = Ms([(15.8874, 46.4021), (15.8910, 46.4033), (15.8960, 46.4040), (15.9000, 46.4045),
             (15.9023, 46.4047), (15.9052, 46.4045), (15.9084, 46.4057), (15.9110, 46.4060),
             (15.9143, 46.4055), (15.9177, 46.4066), (15.9201, 46.4079), (15.9237, 46.4100),
             (15.9286, 46.4108), (15.9332, 46.4114), (15.9380, 46.4106), (15.9425, 46.4088),
             (15.9452, 46.4066)])
LAKE_N = resample(chaikin(LAKE_N, 3), 40.0)
LAKE_TARGET_M2 = 3.46e6


def lake_ring(wmax):
    x0, x1 = LAKE_N[0][0], LAKE_N[-1][0]
    south = []
    for x, y in LAKE_N:
        u = (x - x0) / (x1 - x0)
        w = wmax * min(1.0, u / 0.3) ** 0.7 * min(1.0, (1.0 - u) / 0.04) ** 0.45
        # the reservoir widens towards the dam and bulges slightly south in its middle
        w *= 1.0 + 0.12 * math.sin(math.pi * u)
        south.append((x + 0.35 * w * (u - 0.5), y - w))
    ring = [LAKE_N[0]] + LAKE_N[1:-1] + [LAKE_N[-1]] + list(reversed(south[1:-1]))
    return ring


LAKE_W = bisect(lambda w: abs(ring_area(lake_ring(w))), LAKE_TARGET_M2, 200.0, 1500.0, tol=1e-6)
LAKE = lake_ring(LAKE_W)
assert ring_is_simple(LAKE)
LAKE_INSIDE_M2 = sum(abs(ring_area(r)) for r in gh(LAKE, BOUNDARY, "and"))
assert pip(M(*LAKE_LABEL), LAKE), "Wikipedia label point must be on the lake"
assert pip(DRAVA[-1], LAKE), "Drava must end in the lake"


def in_lake(pt_m):
    return pip(pt_m, LAKE)


# Axis of the lake (for Natura corridors): centre between shores from the river mouth east
def lake_axis():
    x0, x1 = LAKE_N[0][0], LAKE_N[-1][0]
    axis, halfw = [], []
    for x, y in LAKE_N[1:-1]:
        u = (x - x0) / (x1 - x0)
        w = LAKE_W * min(1.0, u / 0.3) ** 0.7 * min(1.0, (1.0 - u) / 0.04) ** 0.45
        w *= 1.0 + 0.12 * math.sin(math.pi * u)
        axis.append((x + 0.175 * w * (u - 0.5), y - w / 2))
        halfw.append(w / 2)
    return axis, halfw


LAKE_AXIS, LAKE_HALFW = lake_axis()

# ---- Grajena: from the hills between Grajenščak and Grajena down its valley, past the
# Grajena settlement and the foot of Panorama, into the Drava just west of the old town.
GRAJENA_CTRL = [(15.8262, 46.4772), (15.8290, 46.4735), (15.8335, 46.4662), (15.8368, 46.4592),
                (15.8412, 46.4528), (15.8472, 46.4480), (15.8538, 46.4437), (15.8588, 46.4398),
                (15.8620, 46.4350), (15.8634, 46.4300), (15.8628, 46.4266), (15.8613, 46.4244)]
_gm = Ms(GRAJENA_CTRL)
# end exactly on the Drava centre line, at the point of the Drava nearest to the last vertex
_mouth = min(DRAVA, key=lambda p: dist(p, _gm[-1]))
GRAJENA = resample(chaikin(_gm + [_mouth], 3), 20.0)
GRAJENA[-1] = _mouth

write_fc("water_drava.geojson", "drava", [feature(
    {"name": "Drava", "kind": "river", "length_m": int(round(length(DRAVA))),
     "note": "upstream along the GURS municipal boundary, through the town along the GURS "
             "district boundary Breg-Turnišče / Panorama, Center, Jezero; smoothed; ends in "
             "Lake Ptuj"},
    geom_line(DRAVA))])

write_fc("water_lake_ptuj.geojson", "lake_ptuj", [feature(
    {"name": "Ptujsko jezero", "name_en": "Lake Ptuj", "kind": "reservoir",
     "area_km2": round(abs(ring_area(LAKE)) / 1e6, 3),
     "area_in_municipality_km2": round(LAKE_INSIDE_M2 / 1e6, 3),
     "year_created": 1978,
     "note": "whole reservoir drawn (not clipped); the MO Ptuj boundary follows its northern "
             "shore, most of the water surface lies outside MO Ptuj"},
    geom_polys([LAKE]))])

write_fc("water_grajena.geojson", "grajena", [feature(
    {"name": "Grajena", "kind": "stream", "length_m": int(round(length(GRAJENA))),
     "note": "drawn from the Grajenščak hills down the Grajena valley to the Drava"},
    geom_line(GRAJENA))])

# ======================================================================================
# 4. Natura 2000
# ======================================================================================


def drava_lake_corridor(profile, k, lake_margin):
    """Corridor along the Drava (widths from profile * k) continued along the lake axis
    (half-width of the lake + lake_margin on both sides)."""
    line = DRAVA[:-3] + LAKE_AXIS
    widths = []
    for i in range(len(DRAVA) - 3):
        wl, wr = interp_profile(profile, DRAVA_CH[i])
        widths.append((wl * k, wr * k))
    wl_end, wr_end = widths[-1]
    for j, hw in enumerate(LAKE_HALFW):
        t = min(1.0, j / 6.0)
        widths.append(((1 - t) * wl_end + t * (hw + lake_margin),
                       (1 - t) * wr_end + t * (hw + lake_margin)))
    line = resample(chaikin(line, 1), 20.0)
    # re-map widths to the resampled line by nearest original vertex
    src = DRAVA[:-3] + LAKE_AXIS
    wmap = []
    j = 0
    for p in line:
        while j + 1 < len(src) and dist(src[j + 1], p) <= dist(src[j], p):
            j += 1
        wmap.append(widths[j])
    return corridor(line, wmap)


# chainage (m from the town entry point; negative = upstream along the boundary), left
# (north / inside) and right (south) widths in metres; narrow through the old town
SAC_PROFILE = [(-8000, 260, 300), (-1500, 300, 320), (0, 300, 450), (900, 240, 420),
               (1700, 80, 160), (2300, 55, 110), (3500, 70, 110), (4500, 110, 160), (5200, 140, 180)]
SPA_PROFILE = [(-8000, 420, 420), (-1500, 460, 460), (0, 420, 650), (900, 360, 650),
               (1700, 120, 260), (2300, 80, 170), (3500, 110, 190), (4500, 190, 260), (5200, 240, 300)]

NATURA_TARGET_HA = {"POO Drava": 430.0, "PVO Drava": 650.0, "POO Velovlek": 190.0,
                    "POO Podvinci": 152.0}


def area_in(parts):
    return sum(abs(ring_area(r)) for r in parts)


def natura_drava(profile, lake_margin, target_ha):
    f = lambda k: area_in(clip_to_boundary(drava_lake_corridor(profile, k, lake_margin))) / 1e4
    k = bisect(f, target_ha, 0.2, 3.0, tol=2e-4)
    ring = drava_lake_corridor(profile, k, lake_margin)
    assert ring_is_simple(ring), "Drava corridor not simple"
    return clip_to_boundary(ring)


def natura_blob(center_ll, a, b, rot, harm, target_ha):
    c = M(*center_ll)
    f = lambda k: area_in(clip_to_boundary(blob(c, a * k, b * k, rot, harm))) / 1e4
    k = bisect(f, target_ha, 0.3, 3.0, tol=2e-4)
    return clip_to_boundary(blob(c, a * k, b * k, rot, harm))


SAC_DRAVA = natura_drava(SAC_PROFILE, 25.0, NATURA_TARGET_HA["POO Drava"])
SPA_DRAVA = natura_drava(SPA_PROFILE, 160.0, NATURA_TARGET_HA["PVO Drava"])
# Velovlek: wooded valley slopes north-east of Spodnji Velovlek; Podvinci: lowland forest
# south-east of Podvinci.
SAC_VELOVLEK = natura_blob((15.9262, 46.4712), 900.0, 560.0, 55.0,
                           [(2, 0.10, 0.4), (3, 0.07, 1.9), (5, 0.03, 0.2)],
                           NATURA_TARGET_HA["POO Velovlek"])
SAC_PODVINCI = natura_blob((15.9268, 46.4262), 820.0, 520.0, -15.0,
                           [(2, 0.08, 2.1), (3, 0.06, 0.3), (4, 0.03, 1.1)],
                           NATURA_TARGET_HA["POO Podvinci"])

natura = []
for nm, parts, code, typ, unverified, desc in [
        ("POO Drava", SAC_DRAVA, "SI3000220", "SAC/POO", False,
         "posebno ohranitveno območje (Direktiva o habitatih): reka Drava s Ptujskim jezerom"),
        ("PVO Drava", SPA_DRAVA, "SI5000011", "SPA/PVO", False,
         "posebno območje varstva (Direktiva o pticah): Drava, Ptujsko jezero in obrežja"),
        ("POO Velovlek", SAC_VELOVLEK, "SI3000319", "SAC/POO", True,
         "posebno ohranitveno območje pri Spodnjem Velovleku (gozd in mokrotni travniki)"),
        ("POO Podvinci", SAC_PODVINCI, "SI3000320", "SAC/POO", True,
         "posebno ohranitveno območje pri Podvincih (nižinski gozd)")]:
    g = geom_polys(parts)
    props = {"name": nm, "site_code": code, "site_type": typ,
             "area_ha": round(geom_area_m2(g) / 1e4, 1), "description_sl": desc}
    if unverified:
        props["code_unverified"] = True
    natura.append(feature(props, g))
NATURA_SUM_HA = sum(f["properties"]["area_ha"] for f in natura)
write_fc("environment_natura2000.geojson", "natura2000", natura)

# ======================================================================================
# 5. Flood hazard (nested corridors along the Drava and the Grajena)
# ======================================================================================
# (s, left = north bank, right = south bank) in metres; the old town bank is high ground
FLOOD = {
    "high": dict(sl="velika", rp=10,
                 drava=[(-8000, 60, 60), (-1500, 70, 70), (0, 70, 140), (900, 60, 150),
                        (1700, 35, 70), (2300, 25, 45), (3500, 30, 45), (5200, 45, 60)],
                 grajena=[(0.0, 20, 20), (0.4, 35, 40), (0.8, 25, 30), (1.0, 20, 20)]),
    "medium": dict(sl="srednja", rp=100,
                   drava=[(-8000, 140, 140), (-1500, 170, 170), (0, 170, 330), (900, 150, 400),
                          (1700, 80, 200), (2300, 50, 120), (3500, 60, 110), (5200, 90, 130)],
                   grajena=[(0.0, 50, 50), (0.4, 95, 110), (0.8, 65, 80), (1.0, 45, 45)]),
    "low": dict(sl="majhna", rp=500,
                drava=[(-8000, 240, 240), (-1500, 280, 280), (0, 280, 560), (900, 260, 680),
                       (1700, 150, 400), (2300, 90, 230), (3500, 100, 190), (5200, 150, 210)],
                grajena=[(0.0, 90, 90), (0.4, 170, 190), (0.8, 115, 135), (1.0, 80, 80)]),
}
# the Grajena flood plain starts in the valley just above the Grajena settlement
_gi = min(range(len(GRAJENA)), key=lambda i: dist(GRAJENA[i], M(*SETTLEMENTS["Grajena"])))
_grajena_flood_line = GRAJENA[max(0, _gi - 15):]
_GFS = [length(_grajena_flood_line[:i + 1]) / length(_grajena_flood_line)
        for i in range(len(_grajena_flood_line))]
# flood corridor of the Drava stops where the river enters the reservoir
_nd = len([p for p in DRAVA if not in_lake(p)])
assert not any(in_lake(p) for p in DRAVA[:_nd])
_drava_flood_line = DRAVA[:_nd + 1]
_DFS = DRAVA_CH[:_nd + 1]

flood = []
for cls in ("high", "medium", "low"):
    spec = FLOOD[cls]
    dr = corridor(_drava_flood_line, [interp_profile(spec["drava"], s) for s in _DFS])
    gr = corridor(_grajena_flood_line, [interp_profile(spec["grajena"], s) for s in _GFS])
    assert ring_is_simple(dr) and ring_is_simple(gr), cls
    u = union(dr, gr)
    assert ring_is_simple(u), cls
    parts = clip_to_boundary(u, min_area=2000.0)
    g = geom_polys(parts)
    flood.append(feature({"name": "Poplavna nevarnost – %s (Q%d)" % (spec["sl"], spec["rp"]),
                          "hazard_class": cls, "hazard_sl": spec["sl"],
                          "return_period_years": spec["rp"], "rivers": "Drava, Grajena",
                          "area_ha": round(geom_area_m2(g) / 1e4, 1)}, g))
write_fc("protection_flood_hazard.geojson", "flood_hazard", flood)

# ======================================================================================
# Roads (needed by several layers)
# ======================================================================================
ROADS = [
    # name, class, control points (lon, lat)
    ("Ormoška cesta", "regional",
     [(15.8746, 46.4178), (15.8790, 46.4175), (15.8830, 46.4170), (15.8880, 46.4171),
      (15.8950, 46.4160), (15.9020, 46.4141), (15.9085, 46.4128), (15.9160, 46.4132),
      (15.9250, 46.4150), (15.9330, 46.4160), (15.9430, 46.4166)]),
    ("Zagrebška cesta", "main",
     [(15.8742, 46.4176), (15.8739, 46.4160), (15.8734, 46.4146), (15.8731, 46.4130),
      (15.8741, 46.4090), (15.8760, 46.4040), (15.8788, 46.3990), (15.8803, 46.3950),
      (15.8815, 46.3895)]),
    ("Mariborska cesta", "main",
     [(15.8731, 46.4130), (15.8682, 46.4119), (15.8620, 46.4112), (15.8550, 46.4108),
      (15.8480, 46.4110), (15.8410, 46.4107), (15.8330, 46.4100)]),
    ("Rogaška cesta", "local",
     [(15.8705, 46.4121), (15.8662, 46.4080), (15.8632, 46.4032), (15.8616, 46.3998),
      (15.8603, 46.3935), (15.8590, 46.3890)]),
    ("Potrčeva cesta", "local",
     [(15.8726, 46.4208), (15.8744, 46.4229), (15.8762, 46.4248), (15.8780, 46.4266),
      (15.8791, 46.4292), (15.8800, 46.4322)]),
    ("Volkmerjeva cesta", "local",
     [(15.8712, 46.4214), (15.8701, 46.4234), (15.8692, 46.4254), (15.8685, 46.4275)]),
    ("Slovenskogoriška cesta", "regional",
     [(15.8685, 46.4275), (15.8677, 46.4302), (15.8669, 46.4333), (15.8664, 46.4370),
      (15.8620, 46.4410), (15.8560, 46.4450), (15.8495, 46.4490), (15.8440, 46.4526),
      (15.8408, 46.4552)]),
    ("Rogozniška cesta", "regional",
     [(15.8790, 46.4205), (15.8838, 46.4240), (15.8878, 46.4284), (15.8902, 46.4318),
      (15.8958, 46.4380), (15.9018, 46.4440), (15.9068, 46.4494), (15.9094, 46.4528)]),
    ("Dornavska cesta", "regional",
     [(15.8930, 46.4349), (15.9000, 46.4346), (15.9080, 46.4332), (15.9150, 46.4316),
      (15.9250, 46.4331), (15.9350, 46.4350), (15.9480, 46.4372)]),
    ("Cesta Grajena–Vurberk", "regional",
     [(15.8408, 46.4552), (15.8372, 46.4625), (15.8340, 46.4700), (15.8318, 46.4768),
      (15.8250, 46.4808), (15.8170, 46.4832), (15.8128, 46.4850), (15.8060, 46.4905)]),
    ("Cesta na Mestni Vrh", "local",
     [(15.8664, 46.4370), (15.8672, 46.4405), (15.8670, 46.4440), (15.8690, 46.4490),
      (15.8720, 46.4535)]),
    ("Cesta Kicar–Pacinje", "local",
     [(15.9094, 46.4528), (15.9150, 46.4527), (15.9220, 46.4518), (15.9290, 46.4508),
      (15.9345, 46.4510)]),
    ("Cesta Kicar–Spodnji Velovlek", "local",
     [(15.9094, 46.4528), (15.9130, 46.4575), (15.9175, 46.4615), (15.9206, 46.4652),
      (15.9232, 46.4720)]),
]
ROAD_LINES = {}
for nm, cls, ctrl in ROADS:
    ROAD_LINES[nm] = chaikin(Ms(ctrl), 2)
    if nm != "Zagrebška cesta":          # the only road here crossing the old Drava bridge
        assert not line_crosses_line(ROAD_LINES[nm], DRAVA), nm + " crosses the Drava"
    assert not any(in_lake(p) for p in resample(ROAD_LINES[nm], 10.0)), nm + " in the lake"

road_features = []
for nm, cls, ctrl in ROADS:
    line = ROAD_LINES[nm]
    road_features.append(feature({"name": nm, "road_class": cls,
                                  "name_in_gurs_register": nm in STREETS,
                                  "length_m": int(round(length(line)))}, geom_line(line)))
write_fc("mobility_roads.geojson", "roads", road_features)

# ======================================================================================
# 6. Fire brigades
# ======================================================================================
APPROX = "approximate, near settlement label point"


def near_settlement(name, dx, dy):
    x, y = M(*SETTLEMENTS[name])
    return (x + dx, y + dy)


fire = [
    ("PGD Grajena", "Grajena", near_settlement("Grajena", 120, -90), APPROX),
    ("PGD Kicar", "Kicar", M(*GD_KICAR),
     "reference landmark: fire station in Kicar (OSM AED node 10778578949, ODbL)"),
    ("PGD Pacinje", "Pacinje", near_settlement("Pacinje", -110, 80), APPROX),
    ("PGD Podvinci", "Podvinci", M(*GD_PODVINCI),
     "reference landmark: fire station in Podvinci (OSM AED node 11607617529, ODbL)"),
    ("PGD Ptuj", "Ptuj", near_settlement("Ptuj", 260, 120), APPROX),
    ("PGD Spodnji Velovlek", "Spodnji Velovlek", near_settlement("Spodnji Velovlek", 90, -70), APPROX),
    ("PGD Spuhlja", "Spuhlja", near_settlement("Spuhlja", -130, 60), APPROX),
    ("PGD Turnišče", "Ptuj", M(*PGD_TURNISCE),
     "reference landmark: PGD Turnišče fire station (OSM AED node 11607668745, ODbL)"),
    ("PGD Železničar", "Ptuj", near_settlement("Ptuj", 520, 260), APPROX),
]
write_fc("protection_fire_brigades.geojson", "fire_brigades",
         [feature({"name": n, "settlement": s, "position_source": src}, geom_point(p))
          for n, s, p, src in fire])

# ======================================================================================
# 7. Schools and 8. safe school routes
# ======================================================================================
SCHOOLS = [
    ("OŠ Breg", (15.8700, 46.4125), "Breg-Turnišče"),
    ("OŠ dr. Ljudevita Pivka", (15.8868, 46.4197), "Jezero"),
    ("OŠ Ljudski vrt", (15.8742, 46.4300), "Ljudski vrt"),
    ("OŠ Mladika", (15.8772, 46.4143), "Jezero"),
    ("OŠ Olge Meglič", (15.8672, 46.4193), "Center"),
]
school_feats = []
for nm, pos, dist_expected in SCHOOLS:
    pm = M(*pos)
    assert district_of(pm) == dist_expected, (nm, district_of(pm))
    school_feats.append(feature({"name": nm, "kind": "primary school",
                                 "district": dist_expected}, geom_point(pm)))
write_fc("health_schools.geojson", "schools", school_feats)

ROUTES = [
    ("OŠ Breg", "Zgornji Breg – OŠ Breg",
     [(15.8602, 46.4158), (15.8640, 46.4147), (15.8672, 46.4136), (15.8700, 46.4125)]),
    ("OŠ Breg", "Turnišče – OŠ Breg",
     [(15.8628, 46.4052), (15.8650, 46.4077), (15.8676, 46.4102), (15.8700, 46.4125)]),
    ("OŠ dr. Ljudevita Pivka", "Rabelčja vas – OŠ dr. Ljudevita Pivka",
     [(15.8978, 46.4172), (15.8940, 46.4180), (15.8902, 46.4190), (15.8868, 46.4197)]),
    ("OŠ dr. Ljudevita Pivka", "Rogoznica – OŠ dr. Ljudevita Pivka",
     [(15.8905, 46.4268), (15.8893, 46.4240), (15.8880, 46.4216), (15.8868, 46.4197)]),
    ("OŠ Ljudski vrt", "Potrčeva – OŠ Ljudski vrt",
     [(15.8806, 46.4262), (15.8800, 46.4280), (15.8775, 46.4293), (15.8742, 46.4300)]),
    ("OŠ Ljudski vrt", "Mestni Vrh – OŠ Ljudski vrt",
     [(15.8690, 46.4380), (15.8705, 46.4350), (15.8722, 46.4322), (15.8742, 46.4300)]),
    ("OŠ Mladika", "Ormoška cesta – OŠ Mladika",
     [(15.8860, 46.4180), (15.8830, 46.4173), (15.8796, 46.4163), (15.8781, 46.4152),
      (15.8772, 46.4143)]),
    ("OŠ Mladika", "Mestni trg – OŠ Mladika",
     [(15.8719, 46.4192), (15.8738, 46.4178), (15.8756, 46.4160), (15.8772, 46.4143)]),
    ("OŠ Olge Meglič", "Volkmerjeva – OŠ Olge Meglič",
     [(15.8690, 46.4262), (15.8701, 46.4236), (15.8708, 46.4212), (15.8693, 46.4199),
      (15.8672, 46.4193)]),
]
route_feats = []
ROUTE_LINES = []
for school, nm, ctrl in ROUTES:
    line = chaikin(Ms(ctrl), 2)
    L = length(line)
    assert 500 <= L <= 1500, (nm, L)
    assert not line_crosses_line(line, DRAVA), nm + " crosses the Drava"
    ROUTE_LINES.append((nm, line))
    route_feats.append(feature({"name": "Varna šolska pot: " + nm, "school": school,
                                "kind": "safe school route", "length_m": int(round(L))},
                               geom_line(line)))
write_fc("mobility_school_routes.geojson", "school_routes", route_feats)

# ======================================================================================
# 10. Health facilities
# ======================================================================================
health = [
    ("Splošna bolnišnica dr. Jožeta Potrča Ptuj", "hospital", M(*HOSPITAL),
     "reference landmark (Potrčeva cesta 23)"),
    ("Zdravstveni dom Ptuj", "health centre", M(15.8757, 46.4251), "approximate"),
    ("Dom upokojencev Ptuj", "care home", M(*CARE_HOME),
     "reference landmark (OSM AED node 11607668744, ODbL)"),
    ("Lekarna Ptuj – Center", "pharmacy", M(15.8728, 46.4199), "approximate"),
    ("Lekarna Breg", "pharmacy", M(15.8745, 46.4108), "approximate"),
]
write_fc("health_facilities.geojson", "health_facilities",
         [feature({"name": n, "kind": k, "position_source": s}, geom_point(p)) for n, k, p, s in health])

# ======================================================================================
# 11. WiFi4EU hotspots
# ======================================================================================
WIFI = [
    ("tržnica", "market", (15.8731, 46.4211)),
    ("mestni park", "city park", (15.8703, 46.4237)),
    ("Minoritski trg", "Minorite square", (15.8741, 46.4176)),
    ("Lackova", "Lackova street", (15.8757, 46.4203)),
    ("Vrazov trg", "Vraz square", (15.8738, 46.4192)),
    ("Mestni trg", "Town square", (15.8716, 46.4191)),
    ("Murkova", "Murkova street", (15.8726, 46.4185)),
    ("Slovenski trg", "Slovenian square", (15.8702, 46.4201)),
    ("Prešernova", "Prešernova street", (15.8686, 46.4199)),
    ("Slomškova", "Slomškova street", (15.8712, 46.4213)),
    ("spodnje grajsko dvorišče", "lower castle courtyard", (15.86835, 46.42085)),
    ("zgornje grajsko dvorišče", "upper castle courtyard", (15.86785, 46.42106)),
    ("parkirišče pod gradom", "car park below the castle", (15.8657, 46.4216)),
]
wifi = []
for nm, en, pos in WIFI:
    pm = M(*pos)
    d = dist(pm, M(*TOWN_HALL))
    assert d <= 700, (nm, d)
    assert north_bank(pm), nm
    wifi.append(feature({"name": nm, "name_en": en, "programme": "WiFi4EU",
                         "distance_to_town_hall_m": int(round(d))}, geom_point(pm)))
write_fc("telecom_wifi4eu.geojson", "wifi4eu", wifi)

# ======================================================================================
# 12. Cultural heritage
# ======================================================================================
HERITAGE = [
    # national importance
    ("Ptujski grad", "Ptuj Castle", "national", "profana stavbna dediščina", CASTLE,
     "reference landmark position"),
    ("Dvorec Turnišče", "Turnišče manor", "national", "profana stavbna dediščina", (15.8553, 46.4043),
     "approximate, Breg-Turnišče district"),
    ("Park dvorca Turnišče", "Turnišče manor park", "national", "vrtnoarhitekturna dediščina",
     (15.8572, 46.4052), "approximate, Breg-Turnišče district"),
    ("Orfejev spomenik", "Orpheus monument", "national", "arheološka dediščina / spomenik",
     (15.87035, 46.42005), "approximate, Slovenski trg"),
    ("Mitrej III", "Mithraeum III", "national", "arheološka dediščina", (15.8610, 46.4168),
     "approximate; Mithraeum III is in Zgornji Breg (street 'K Mitreju'), on the right bank "
     "inside MO Ptuj; the other Ptuj mithraea are in Spodnja Hajdina, outside the municipality"),
    # local importance
    ("Mestni stolp", "Town tower", "local", "profana stavbna dediščina", (15.8700, 46.4203), "approximate"),
    ("Cerkev sv. Jurija", "St George's church", "local", "sakralna stavbna dediščina", (15.8696, 46.4207), "approximate"),
    ("Proštija", "Provost's house", "local", "profana stavbna dediščina", (15.8692, 46.4203), "approximate"),
    ("Mestna hiša", "Town hall", "local", "profana stavbna dediščina", TOWN_HALL,
     "reference landmark position (town hall)"),
    ("Florijanov steber", "St Florian's column", "local", "memorialna dediščina", (15.8723, 46.4192), "approximate"),
    ("Dominikanski samostan", "Dominican monastery", "local", "sakralna stavbna dediščina", (15.8652, 46.4199), "approximate"),
    ("Minoritski samostan", "Minorite monastery", "local", "sakralna stavbna dediščina", (15.8747, 46.4171), "approximate"),
    ("Dravski stolp", "Drava tower", "local", "profana stavbna dediščina", (15.8690, 46.4181), "approximate"),
    ("Gledališče Ptuj", "Ptuj theatre", "local", "profana stavbna dediščina", (15.8709, 46.4206), "approximate"),
    ("Ptujska vinska klet", "Ptuj wine cellar", "local", "profana stavbna dediščina", (15.8752, 46.4195), "approximate"),
    ("Stavba Gimnazije Ptuj", "Ptuj grammar school building", "local", "profana stavbna dediščina", (15.8690, 46.4245), "approximate"),
    ("Arheološko najdišče Panorama", "Panorama archaeological site", "local", "arheološka dediščina", (15.8580, 46.4300), "approximate"),
    ("Kapelica v Podvincih", "Wayside chapel, Podvinci", "local", "sakralna stavbna dediščina", None, "Podvinci"),
    ("Kapelica v Spuhlji", "Wayside chapel, Spuhlja", "local", "sakralna stavbna dediščina", None, "Spuhlja"),
    ("Kapelica v Kicarju", "Wayside chapel, Kicar", "local", "sakralna stavbna dediščina", None, "Kicar"),
    ("Kapelica na Grajenščaku", "Wayside chapel, Grajenščak", "local", "sakralna stavbna dediščina", None, "Grajenščak"),
]
heritage = []
for nm, en, imp, typ, pos, src in HERITAGE:
    if pos is None:
        pm = near_settlement(src, rng.uniform(-150, 150), rng.uniform(-150, 150))
        src = "approximate, near settlement label point"
    else:
        pm = M(*pos)
    heritage.append(feature({"name": nm, "name_en": en, "importance": imp, "heritage_type": typ,
                             "position_source": src}, geom_point(pm)))
assert not north_bank(M(15.8610, 46.4168)) and not north_bank(M(15.8553, 46.4043))
write_fc("culture_heritage.geojson", "heritage", heritage)

# ======================================================================================
# 13. Sport facilities
# ======================================================================================
SPORT = [
    ("Športna dvorana Mladika", "sports hall", (15.8783, 46.4138)),
    ("Športna dvorana Center", "sports hall", (15.8728, 46.4229)),
    ("Športna dvorana Gimnazija", "sports hall", (15.8681, 46.4249)),
    ("Športna dvorana Ljudski vrt", "sports hall", (15.8751, 46.4307)),
    ("Mestni stadion Ptuj", "stadium", (15.8800, 46.4305)),
]
write_fc("sport_facilities.geojson", "sport_facilities",
         [feature({"name": n, "kind": k}, geom_point(M(*p))) for n, k, p in SPORT])

# ======================================================================================
# 14. Waste: CERO Gajke and collection points
# ======================================================================================
waste = [feature({"name": "CERO Gajke", "kind": "waste centre",
                  "position_source": "approximate"}, geom_point(M(15.9262, 46.4137)))]
TOWN_WASTE = [("Center – Novi trg", (15.8742, 46.4216)), ("Center – Dravska ulica", (15.8705, 46.4176)),
              ("Ljudski vrt – Župančičeva", (15.8760, 46.4318)), ("Ljudski vrt – Čučkova", (15.8820, 46.4275)),
              ("Breg – Rogaška cesta", (15.8672, 46.4098)), ("Breg – Zagrebška cesta", (15.8752, 46.4075)),
              ("Jezero – Kraigherjeva", (15.8925, 46.4205)), ("Panorama – Volkmerjeva", (15.8652, 46.4275))]
for nm, pos in TOWN_WASTE:
    waste.append(feature({"name": "Ekološki otok " + nm, "kind": "collection point",
                          "settlement": "Ptuj", "fractions": "papir, embalaža, steklo"},
                         geom_point(M(*pos))))
for sname in sorted(SETTLEMENTS):
    if sname == "Ptuj":
        continue
    for k in (1, 2):
        for _ in range(50):
            ang = rng.uniform(0, 2 * math.pi)
            rad = rng.uniform(150, 450)
            p = near_settlement(sname, rad * math.cos(ang), rad * math.sin(ang))
            if inside(p) and not in_lake(p) and nearest_on_line(p, DRAVA)[0] > 60:
                break
        else:
            raise AssertionError(sname)
        waste.append(feature({"name": "Ekološki otok %s %d" % (sname, k), "kind": "collection point",
                              "settlement": sname, "fractions": "papir, embalaža, steklo"},
                             geom_point(p)))
write_fc("environment_waste.geojson", "waste", waste)

# ======================================================================================
# 15. Water mains
# ======================================================================================
MAINS = [
    ("Magistralni vod Skorba – Ptuj", "trunk", 500, "nodularna litina",
     Ms([(15.8420, 46.4012), (15.8530, 46.4060), (15.8640, 46.4098), (15.8700, 46.4122),
         (15.8726, 46.4133), (15.8737, 46.4160), (15.8730, 46.4198)])),
    ("Vod Ptuj – vodohran Panorama", "trunk", 400, "nodularna litina",
     Ms([(15.8730, 46.4198), (15.8703, 46.4232), (15.8668, 46.4262), (15.8625, 46.4290),
         (15.8590, 46.4305)])),
    ("Obroč staro mestno jedro", "distribution", 150, "siva litina",
     Ms([(15.8690, 46.4197), (15.8705, 46.4210), (15.8735, 46.4213), (15.8755, 46.4196),
         (15.8741, 46.4181), (15.8712, 46.4186), (15.8690, 46.4197)])),
    ("Vod Ljudski vrt", "distribution", 150, "PE-HD",
     Ms([(15.8762, 46.4246), (15.8746, 46.4280), (15.8740, 46.4310), (15.8770, 46.4330),
         (15.8812, 46.4312)])),
    ("Vod Breg – Turnišče – Terme", "distribution", 150, "PE-HD",
     Ms([(15.8700, 46.4122), (15.8640, 46.4074), (15.8576, 46.4047), (15.8563, 46.4120),
         (15.8566, 46.4190)])),
    ("Vod Jezero", "distribution", 200, "nodularna litina",
     Ms([(15.8790, 46.4172), (15.8830, 46.4148), (15.8862, 46.4110)])),
    ("Vod Spuhlja – obala", "distribution", 110, "PE-HD",
     Ms([(15.9085, 46.4126), (15.9092, 46.4095), (15.9050, 46.4082)])),
]
for nm, dia, mat in [("Ormoška cesta", 300, "nodularna litina"), ("Zagrebška cesta", 300, "nodularna litina"),
                     ("Mariborska cesta", 250, "nodularna litina"), ("Rogaška cesta", 150, "azbestcement"),
                     ("Potrčeva cesta", 200, "nodularna litina"), ("Volkmerjeva cesta", 150, "PE-HD"),
                     ("Slovenskogoriška cesta", 200, "PE-HD"), ("Rogozniška cesta", 250, "nodularna litina"),
                     ("Dornavska cesta", 200, "PE-HD"), ("Cesta Grajena–Vurberk", 150, "PE-HD"),
                     ("Cesta na Mestni Vrh", 110, "PE-HD"), ("Cesta Kicar–Pacinje", 110, "PE-HD"),
                     ("Cesta Kicar–Spodnji Velovlek", 110, "PE-HD")]:
    line = offset_line(resample(ROAD_LINES[nm], 15.0), -6.0)
    if nm == "Zagrebška cesta":                   # the Drava crossing is the trunk's job
        line = [p for p in line if not north_bank(p)]
    parts = clip_line(line, BOUNDARY)
    parts.sort(key=lambda p: -length(p))
    MAINS.append(("Vod " + nm, "distribution", dia, mat, parts[0]))
mains = []
for nm, cls, dia, mat, line in MAINS:
    mains.append(feature({"name": nm, "kind": "water main", "main_class": cls, "diameter_mm": dia,
                          "material": mat, "length_m": int(round(length(line)))}, geom_line(line)))
MAINS_TOTAL_M = sum(f["properties"]["length_m"] for f in mains)
write_fc("water_mains.geojson", "water_mains", mains)

# ======================================================================================
# 16. Public lighting (points along town roads and school routes)
# ======================================================================================
TH = M(*TOWN_HALL)
cand = []
for nm, cls, ctrl in ROADS:
    for part in clip_line(resample(ROAD_LINES[nm], 5.0), BOUNDARY):
        seg = [p for p in part if dist(p, TH) <= 1500]
        if len(seg) > 2:
            cand.append((nm, seg))
for nm, line in ROUTE_LINES:
    cand.append(("šolska pot: " + nm, resample(line, 5.0)))
total = sum(length(l) for _, l in cand)
spacing = total / 150.0
lights = []
n_id = 0
for road, line in cand:
    L = length(line)
    k = max(1, int(round(L / spacing)))
    for i in range(k):
        p, (tx, ty) = point_along(line, (i + 0.5) / k)
        side = 1 if i % 2 == 0 else -1
        q = (p[0] - ty * 7.0 * side, p[1] + tx * 7.0 * side)
        if not inside(q) or in_lake(q) or nearest_on_line(q, DRAVA)[0] < 25:
            continue
        n_id += 1
        led = rng.random() < 0.68
        power = rng.choice([30, 40, 50, 60, 70]) if led else rng.choice([70, 100, 150])
        lights.append(feature({"name": "JR-%04d" % n_id, "lamp_type": "LED" if led else "natrij",
                               "power_w": power, "road": road}, geom_point(q)))
write_fc("energy_public_lighting.geojson", "public_lighting", lights)

# ======================================================================================
# 17. Parking areas
# ======================================================================================
PARKING = [
    ("Parkirišče pod gradom", (15.8657, 46.4216), 70, 34, 25),
    ("Parkirišče Dravska ulica", (15.8697, 46.4178), 95, 24, -36),
    ("Parkirišče Zadružni trg", (15.8772, 46.4200), 60, 40, 10),
    ("Parkirišče Novi trg", (15.8740, 46.4222), 50, 30, -20),
    ("Parkirišče bolnišnica", (15.8788, 46.4254), 85, 45, 40),
    ("Parkirišče Mestni stadion", (15.8818, 46.4297), 90, 40, 5),
    ("Parkirišče Terme Ptuj", (15.8577, 46.4188), 120, 60, -10),
    ("Parkirišče OŠ Breg", (15.8716, 46.4113), 50, 30, -12),
    ("Parkirišče Ranca – Ptujsko jezero", (15.9000, 46.4072), 80, 40, 8),
    ("P+R Rogoznica", (15.8925, 46.4300), 70, 40, 48),
    ("Parkirišče Gimnazija", (15.8699, 46.4254), 50, 25, 65),
]
parking = []
for nm, pos, lx, ly, rot in PARKING:
    ring = rect(M(*pos), lx, ly, rot)
    assert all(inside(p) and not in_lake(p) and nearest_on_line(p, DRAVA)[0] > 20 for p in ring), nm
    cap = int(round(lx * ly / 25.0 / 5.0) * 5)
    parking.append(feature({"name": nm, "capacity": cap, "kind": "car park"}, geom_polys([ring])))
write_fc("mobility_parking.geojson", "parking", parking)

# ======================================================================================
# 18. Sensors
# ======================================================================================
gauge_town = min(DRAVA, key=lambda p: dist(p, M(15.8733, 46.4146)))
gauge_lake = M(15.9318, 46.4112)
assert inside(gauge_lake)
sensors = [
    feature({"name": "Drava – Ptuj", "kind": "river_gauge", "domain": "water",
             "warning_level_cm": 260, "alarm_level_cm": 340,
             "position_source": "approximate, at the old town bridge"}, geom_point(gauge_town)),
    feature({"name": "Ptujsko jezero – iztok", "kind": "river_gauge", "domain": "water",
             "warning_level_cm": 180, "alarm_level_cm": 230,
             "position_source": "stand-in on the municipal shore at the east end of the lake; the "
                                "real outflow (Markovci dam) is outside MO Ptuj"}, geom_point(gauge_lake)),
]
for nm, pos in [("Zrak Ptuj – Center", (15.8748, 46.4226)), ("Zrak Ptuj – Breg", (15.8662, 46.4112)),
                ("Zrak Ptuj – Rogoznica", (15.8948, 46.4318))]:
    sensors.append(feature({"name": nm, "kind": "air_quality", "domain": "environment",
                            "pollutants": "PM10,PM2.5,NO2"}, geom_point(M(*pos))))
for road, frac in [("Ormoška cesta", 0.42), ("Zagrebška cesta", 0.55), ("Mariborska cesta", 0.45),
                   ("Rogozniška cesta", 0.5)]:
    p, _ = point_along(ROAD_LINES[road], frac)
    sensors.append(feature({"name": "Števec prometa – " + road, "kind": "traffic_counter",
                            "domain": "mobility", "road": road}, geom_point(p)))
write_fc("sensors.geojson", "sensors", sensors)

# ======================================================================================
# 19. Business zones, 20. agricultural land
# ======================================================================================
BUSINESS = [
    ("Poslovna cona Rogoznica", "business", (15.8985, 46.4283), 420, 260, 35,
     [(2, 0.05, 0.3), (3, 0.04, 1.0)]),
    ("Industrijska cona Breg", "industrial", (15.8688, 46.4058), 380, 230, 20,
     [(2, 0.06, 1.2), (3, 0.03, 0.5)]),
    ("Obrtna cona Spuhlja", "crafts", (15.9180, 46.4163), 260, 150, 10,
     [(2, 0.05, 0.7), (3, 0.03, 2.0)]),
]
business = []
BUSINESS_RINGS = []
for nm, kind, pos, a, b, rot, harm in BUSINESS:
    ring = blob(M(*pos), a, b, rot, harm, n=48)
    assert all(inside(p) and not in_lake(p) for p in ring), nm
    BUSINESS_RINGS.append(ring)
    business.append(feature({"name": nm, "zone_type": kind, "area_ha": round(abs(ring_area(ring)) / 1e4, 1)},
                            geom_polys([ring])))
write_fc("economy_business_zones.geojson", "business_zones", business)

AGRI = [
    ("Vinogradi Grajenščak", "vinograd", "vineyard", "vinska trta (laški rizling, šipon)",
     (15.8352, 46.4762), 300, 170, 60, [(2, 0.08, 0.2), (3, 0.05, 1.4)]),
    ("Njive Krčevina pri Vurbergu", "njiva", "arable land", "koruza, pšenica",
     (15.8135, 46.4800), 400, 230, 30, [(2, 0.07, 2.2), (3, 0.04, 0.9)]),
    ("Travniki Krčevina pri Vurbergu", "travnik", "meadow", "trajno travinje (košnja)",
     (15.7985, 46.4770), 300, 170, 15, [(2, 0.06, 1.1), (4, 0.04, 0.1)]),
    ("Sadovnjak Mestni Vrh", "sadovnjak", "orchard", "jabolka, hruške",
     (15.8735, 46.4452), 230, 140, 75, [(2, 0.05, 0.6), (3, 0.04, 2.5)]),
    ("Vinogradi Mestni Vrh", "vinograd", "vineyard", "vinska trta (sauvignon, renski rizling)",
     (15.8620, 46.4488), 300, 160, 40, [(2, 0.07, 1.7), (3, 0.03, 0.4)]),
]
agri = []
AGRI_RINGS = []
for nm, lu, lu_en, crop, pos, a, b, rot, harm in AGRI:
    ring = blob(M(*pos), a, b, rot, harm, n=48)
    assert all(inside(p) for p in ring), nm
    assert not line_crosses_line(ring + ring[:1], GRAJENA), nm + " crosses the Grajena"
    AGRI_RINGS.append(ring)
    agri.append(feature({"name": nm, "landuse": lu, "landuse_en": lu_en, "crop": crop,
                         "area_ha": round(abs(ring_area(ring)) / 1e4, 1)}, geom_polys([ring])))
write_fc("agriculture_land.geojson", "agricultural_land", agri)

# no overlaps between zones, agricultural land and the small Natura sites
_all = BUSINESS_RINGS + AGRI_RINGS + SAC_VELOVLEK + SAC_PODVINCI
for i in range(len(_all)):
    for j in range(i + 1, len(_all)):
        assert not gh(_all[i], _all[j], "and"), ("overlap", i, j)

# ======================================================================================
# 21. Tourism
# ======================================================================================
def lake_shore_point(lon, off_m):
    """Point off_m north of the lake's north shore at longitude lon."""
    x = M(lon, LAT0)[0]
    for a, b in zip(LAKE_N, LAKE_N[1:]):
        if a[0] <= x <= b[0]:
            t = (x - a[0]) / (b[0] - a[0])
            return (x, a[1] + t * (b[1] - a[1]) + off_m)
    raise ValueError(lon)


TOURISM = [
    ("TIC Ptuj", "tourist information", M(15.8706, 46.4198)),
    ("Terme Ptuj", "spa", M(15.8560, 46.4203)),
    ("Kamp Terme Ptuj", "camping", M(15.8590, 46.4217)),
    ("Golf igrišče Terme Ptuj", "golf", M(15.8512, 46.4178)),
    ("Ptujsko jezero – marina Ranca", "marina", lake_shore_point(15.9005, 25.0)),
    ("Ptujsko jezero – kopališče", "bathing area", lake_shore_point(15.9130, 25.0)),
    ("Ptujska klet – vinska klet", "wine cellar", M(15.8755, 46.4197)),
    ("Razgledišče Ptujski grad", "viewpoint", M(15.8676, 46.4207)),
    ("Mitrej III – ogled", "heritage visit", M(15.8613, 46.4171)),
    ("Razgledna točka Panorama", "viewpoint", M(15.8575, 46.4296)),
    ("Počivališče Dravska kolesarska pot – Spuhlja", "cycle rest stop", lake_shore_point(15.9195, 60.0)),
]
tour = []
for nm, kind, p in TOURISM:
    assert inside(p) and not in_lake(p), nm
    tour.append(feature({"name": nm, "kind": kind}, geom_point(p)))
_terme = M(15.8560, 46.4203)
assert not north_bank(_terme) and _terme[0] < gauge_town[0], "Terme: right bank, west of the bridge"
write_fc("tourism_poi.geojson", "tourism_poi", tour)

# ======================================================================================
# 22. Municipal warden patrol zones
# ======================================================================================
WARDEN = [
    ("Redarski okoliš Staro mestno jedro", "Center", blob(TH, 760, 430, -30, [], n=64)),
    ("Redarski okoliš Ljudski vrt", "Ljudski vrt", blob(M(15.8765, 46.4315), 820, 700, 20, [], n=64)),
    ("Redarski okoliš Breg", "Breg-Turnišče", blob(M(15.8705, 46.4110), 900, 650, -30, [], n=64)),
]
warden = []
for nm, dist_name, shape in WARDEN:
    parts = [r for r in gh(DISTRICTS[dist_name], shape, "and") if abs(ring_area(r)) > 5000]
    parts.sort(key=lambda r: -abs(ring_area(r)))
    g = geom_polys(parts[:1])
    warden.append(feature({"name": nm, "district": dist_name, "service": "Medobčinsko redarstvo",
                           "area_ha": round(geom_area_m2(g) / 1e4, 1)}, g))
write_fc("security_warden_zones.geojson", "warden_zones", warden)

# ======================================================================================
# 23. Administration offices
# ======================================================================================
admin_pts = [
    ("Mestna občina Ptuj – Mestna hiša", "town hall", TH,
     "reference landmark (OSM AED node 11607677115 at the main entrance, ODbL)"),
]
for node, default in [("10778582383", "Rogoznica"), ("11607647973", "Jezero")]:
    p = M(*aed(node))
    dn = district_of(p)
    admin_pts.append(("Četrtna skupnost " + dn, "district community office", p,
                      "OSM AED node %s at the 'dom krajanov' (ODbL); district from the GURS polygon" % node))
admin_pts.append(("Četrtna skupnost Breg-Turnišče", "district community office", M(15.8668, 46.4128),
                  "approximate"))
write_fc("administration_offices.geojson", "administration_offices",
         [feature({"name": n, "kind": k, "position_source": s}, geom_point(p)) for n, k, p, s in admin_pts])

# ======================================================================================
# Catalogue (metadata per layer, section 7 of the strategy)
# ======================================================================================
U_CZ, U_PLAN, U_RED, U_CLERK, U_PGD = ("Civilna zaščita", "prostorski načrtovalci",
                                       "medobčinsko redarstvo", "občinska uprava (referenti)",
                                       "gasilci (PGD)")
CATALOGUE = [
    ("water_drava.geojson", "water", "Reka Drava", "Drava river",
     "Os reke Drave skozi občino: nad mestom po občinski meji, skozi mesto med Bregom in starim mestnim jedrom do Ptujskega jezera.",
     "Centre line of the Drava: upstream along the municipal boundary, through the town between Breg and the old town, into Lake Ptuj.",
     "DRSV – Direkcija RS za vode (official hydrography)", "on change", "permanent (valid until replaced)",
     [U_CZ, U_PLAN, U_PGD], ["lake_ptuj", "grajena", "flood_hazard", "natura2000", "sensors"]),
    ("water_lake_ptuj.geojson", "water", "Ptujsko jezero", "Lake Ptuj",
     "Akumulacijsko jezero HE Formin (1978, 3,46 km²); občinska meja poteka po severni obali, večji del vodne površine je v sosednji občini.",
     "Reservoir of the Formin hydro power plant (1978, 3.46 km²); the municipal boundary runs along its northern shore, most of the water surface lies in the neighbouring municipality.",
     "DEM – Dravske elektrarne Maribor / DRSV (official data)", "on change", "permanent (valid until replaced)",
     [U_CZ, U_PLAN, "turistični delavci"], ["drava", "natura2000", "tourism_poi", "sensors"]),
    ("water_grajena.geojson", "water", "Potok Grajena", "Grajena stream",
     "Potok Grajena od gričev pri Grajenščaku po dolini Grajene do izliva v Dravo zahodno od starega mestnega jedra.",
     "The Grajena stream from the hills near Grajenščak down the Grajena valley to its mouth in the Drava west of the old town.",
     "DRSV – Direkcija RS za vode (official hydrography)", "on change", "permanent (valid until replaced)",
     [U_CZ, U_PLAN], ["drava", "flood_hazard"]),
    ("environment_natura2000.geojson", "environment", "Območja Natura 2000", "Natura 2000 sites",
     "Štiri območja Natura 2000 v občini (POO Drava, PVO Drava, POO Velovlek, POO Podvinci), skupaj 1.422 ha (21,33 % občine); POO in PVO Drava se prekrivata.",
     "The four Natura 2000 sites in the municipality (SAC Drava, SPA Drava, SAC Velovlek, SAC Podvinci), 1,422 ha together (21.33 % of the municipality); SAC and SPA Drava overlap.",
     "ARSO (official data); ZRSVN OE Maribor", "on change (ARSO releases)", "permanent (valid until the designation changes)",
     [U_PLAN, U_CLERK, "kmetijska svetovalna služba"], ["drava", "lake_ptuj", "agricultural_land", "heritage"]),
    ("protection_flood_hazard.geojson", "protection", "Poplavna nevarnost", "Flood hazard",
     "Razredi poplavne nevarnosti ob Dravi in Grajeni: velika (Q10), srednja (Q100) in majhna (Q500); gnezdena območja.",
     "Flood-hazard classes along the Drava and the Grajena: high (Q10), medium (Q100) and low (Q500); nested zones.",
     "DRSV / ARSO (official flood-hazard maps)", "on change (new hazard study)", "until a new hazard study is adopted",
     [U_CZ, U_PLAN, U_PGD], ["drava", "grajena", "sensors", "fire_brigades", "schools", "health_facilities", "roads"]),
    ("protection_fire_brigades.geojson", "protection", "Prostovoljna gasilska društva", "Volunteer fire brigades",
     "Devet prostovoljnih gasilskih društev v občini (gasilski domovi).",
     "The nine volunteer fire brigades of the municipality (fire stations).",
     "Gasilska zveza Ptuj", "annually", "permanent (valid until replaced)",
     [U_CZ, U_PGD], ["flood_hazard", "roads", "sensors"]),
    ("health_schools.geojson", "health", "Osnovne šole", "Primary schools",
     "Pet osnovnih šol v mestnih četrtih Ptuja.",
     "The five primary schools in the town districts of Ptuj.",
     "MO Ptuj, Urad za družbene dejavnosti", "annually", "permanent (valid until replaced)",
     [U_CZ, U_PLAN, U_CLERK], ["school_routes", "sport_facilities", "flood_hazard"]),
    ("mobility_school_routes.geojson", "mobility", "Varne šolske poti", "Safe school routes",
     "Varne šolske poti do vseh petih osnovnih šol (0,5–1,5 km), kot jih določa načrt šolskih poti.",
     "Safe routes to each of the five primary schools (0.5–1.5 km), as set by the school-route plan.",
     "MO Ptuj, Svet za preventivo in vzgojo v cestnem prometu (SPV)", "annually (before the school year)", "school year",
     [U_PLAN, U_RED, "šole"], ["schools", "roads", "public_lighting"]),
    ("mobility_roads.geojson", "mobility", "Glavne ceste", "Main roads",
     "Glavne, regionalne in pomembnejše lokalne ceste, ki povezujejo mestno središče z naselji in sosednjimi občinami.",
     "Main, regional and the more important local roads linking the town centre with the settlements and the neighbouring municipalities.",
     "MO Ptuj, Urad za komunalne zadeve in promet; DRSI (state roads)", "on change", "permanent (valid until replaced)",
     [U_CZ, U_PLAN, U_RED, U_PGD], ["school_routes", "parking", "sensors", "public_lighting", "water_mains"]),
    ("health_facilities.geojson", "health", "Zdravstvo in oskrba", "Health and care facilities",
     "Bolnišnica, zdravstveni dom, dom upokojencev in lekarne.",
     "Hospital, health centre, care home and pharmacies.",
     "MO Ptuj, Urad za družbene dejavnosti; NIJZ", "annually", "permanent (valid until replaced)",
     [U_CZ, U_CLERK], ["flood_hazard", "roads"]),
    ("telecom_wifi4eu.geojson", "telecom", "Dostopne točke WiFi4EU", "WiFi4EU hotspots",
     "Trinajst javnih brezžičnih dostopnih točk programa WiFi4EU v starem mestnem jedru in na gradu.",
     "The thirteen public WiFi4EU hotspots in the old town and at the castle.",
     "MO Ptuj, Kabinet župana – informatika", "on change", "programme period (at least 3 years of operation)",
     [U_CLERK, "turistični delavci"], ["heritage", "tourism_poi"]),
    ("culture_heritage.geojson", "culture", "Kulturna dediščina", "Cultural heritage",
     "Izbrane enote kulturne dediščine: pet spomenikov državnega pomena in lokalni spomeniki (od 308 enot v občini).",
     "Selected cultural-heritage units: the five monuments of national importance and local monuments (of the 308 units in the municipality).",
     "Ministrstvo za kulturo – Register kulturne dediščine (official); ZVKDS OE Maribor", "on change", "permanent (valid until replaced)",
     [U_PLAN, U_CLERK, "turistični delavci"], ["tourism_poi", "wifi4eu", "natura2000"]),
    ("sport_facilities.geojson", "sport", "Športni objekti", "Sports facilities",
     "Športne dvorane Mladika, Center, Gimnazija in Ljudski vrt ter Mestni stadion.",
     "The Mladika, Center, Gimnazija and Ljudski vrt sports halls and the city stadium.",
     "Javni zavod za šport Ptuj", "annually", "permanent (valid until replaced)",
     [U_CLERK, U_CZ], ["schools", "parking"]),
    ("environment_waste.geojson", "environment", "Ravnanje z odpadki", "Waste management",
     "Regijski center za ravnanje z odpadki CERO Gajke in ekološki otoki za ločeno zbiranje odpadkov.",
     "The CERO Gajke regional waste centre and the recycling points (ekološki otoki) for separate collection.",
     "izvajalec javne službe ravnanja z odpadki (Čisto mesto Ptuj)", "quarterly", "permanent (valid until replaced)",
     [U_CLERK, U_RED], ["roads"]),
    ("water_mains.geojson", "water", "Vodovodno omrežje", "Water mains",
     "Magistralni in glavni distribucijski vodi javnega vodovoda (vzorec; celotno omrežje meri 230.648 m s 7.034 priključki).",
     "Trunk and main distribution pipes of the public water supply (sample; the whole network is 230,648 m with 7,034 connections).",
     "Komunalno podjetje Ptuj d.d.", "on change", "permanent (valid until replaced)",
     [U_CZ, U_PLAN, "Komunalno podjetje Ptuj"], ["roads", "flood_hazard"]),
    ("energy_public_lighting.geojson", "energy", "Javna razsvetljava", "Public lighting",
     "Svetilke javne razsvetljave ob glavnih mestnih cestah in šolskih poteh, z vrsto sijalke in močjo.",
     "Public street lamps along the main town roads and school routes, with lamp type and power.",
     "MO Ptuj, Urad za komunalne zadeve (upravljavec javne razsvetljave)", "monthly", "permanent (valid until replaced)",
     [U_PLAN, U_CLERK], ["roads", "school_routes"]),
    ("mobility_parking.geojson", "mobility", "Parkirišča", "Car parks",
     "Javna parkirišča v mestu z zmogljivostjo (število mest).",
     "Public car parks in the town with their capacity (number of spaces).",
     "Javne službe Ptuj d.o.o.", "on change", "permanent (valid until replaced)",
     [U_RED, U_PLAN, U_CLERK], ["roads", "warden_zones", "tourism_poi"]),
    ("sensors.geojson", "protection", "Senzorji", "Sensors",
     "Vodomerni postaji na Dravi (z opozorilnim in alarmnim vodostajem), postaje za kakovost zraka in števci prometa.",
     "River gauges on the Drava (with warning and alarm levels), air-quality stations and traffic counters.",
     "ARSO (river gauges, air quality, official data); MO Ptuj (traffic counters)", "real time", "measurements kept 10 years",
     [U_CZ, U_PGD, U_PLAN], ["drava", "lake_ptuj", "roads", "flood_hazard"]),
    ("economy_business_zones.geojson", "economy", "Poslovne cone", "Business zones",
     "Poslovne, industrijske in obrtne cone v občini.",
     "Business, industrial and crafts zones of the municipality.",
     "MO Ptuj, Urad za gospodarstvo", "on change", "spatial plan period",
     [U_PLAN, "investitorji"], ["roads", "water_mains"]),
    ("agriculture_land.geojson", "agriculture", "Kmetijska zemljišča", "Agricultural land",
     "Izbrana kmetijska zemljišča na severu občine (vinogradi, njive, travniki, sadovnjaki) z rabo in kulturo.",
     "Selected agricultural land in the north of the municipality (vineyards, fields, meadows, orchards) with land use and crop.",
     "MKGP – evidenca dejanske rabe / GERK (official); KGZS Zavod Ptuj", "annually", "one growing season",
     [U_PLAN, "kmetijska svetovalna služba"], ["natura2000", "flood_hazard"]),
    ("tourism_poi.geojson", "tourism", "Turistične točke", "Tourist points of interest",
     "Turistične točke: TIC, Terme Ptuj, Ptujsko jezero, vinska klet, razgledišča.",
     "Tourist points: tourist information centre, Terme Ptuj, Lake Ptuj, wine cellar, viewpoints.",
     "Zavod za turizem Ptuj", "quarterly", "permanent (valid until replaced)",
     ["turistični delavci", U_CLERK], ["heritage", "lake_ptuj", "parking", "wifi4eu"]),
    ("security_warden_zones.geojson", "security", "Redarski okoliši", "Municipal warden patrol zones",
     "Okoliši obhodov medobčinskega redarstva: staro mestno jedro, Ljudski vrt, Breg.",
     "Patrol zones of the inter-municipal warden service: old town, Ljudski vrt, Breg.",
     "Medobčinsko redarstvo (skupna občinska uprava)", "monthly", "patrol plan period",
     [U_RED], ["parking", "school_routes"]),
    ("administration_offices.geojson", "administration", "Upravni prostori", "Administration offices",
     "Mestna hiša (sedež Mestne občine Ptuj) in prostori četrtnih skupnosti.",
     "The town hall (seat of the City Municipality of Ptuj) and district community offices.",
     "MO Ptuj, Oddelek za splošne zadeve", "on change", "permanent (valid until replaced)",
     [U_CLERK, "javnost"], ["warden_zones"]),
]
GURS_ATTR = ("drawn against the municipal boundary and districts: Vir: Geodetska uprava RS "
             "(GURS), Register prostorskih enot, CC BY 4.0")
OSM_ATTR = ("; some point positions from © OpenStreetMap contributors, ODbL 1.0 "
            "(AED locations via sledilnik/aed-data)")
USES_OSM = {"protection_fire_brigades.geojson", "health_facilities.geojson",
            "administration_offices.geojson", "culture_heritage.geojson"}
LAYER_OF = {fn: LAYER_NAMES[fn] for fn in WRITTEN}
# What each layer is for (the console's LayerRoles): the basemap, the nearest-asset lookup
# and the analyses find their layers by role, not by name.
ROLES = {
    "drava": ["water_bodies"], "lake_ptuj": ["water_bodies"], "grajena": ["water_bodies"],
    "natura2000": ["protected_areas"], "flood_hazard": ["flood_hazard"], "fire_brigades": ["fire_brigades"],
    "schools": ["schools"], "school_routes": ["school_routes"], "roads": ["roads"],
    "health_facilities": ["health_facilities"], "heritage": ["heritage"], "waste": ["waste_containers"],
    "water_mains": ["water_mains"], "public_lighting": ["street_lights"], "parking": ["parking"],
    "sensors": ["sensors"], "business_zones": ["land_use"], "agricultural_land": ["land_use"],
    "warden_zones": ["warden_zones"],
}
catalogue = []
for fname, domain, tsl, ten, dsl, den, owner, upd, period, users, links in CATALOGUE:
    catalogue.append({
        "file": fname,
        "layer": LAYER_OF[fname],
        "domain": domain, "title_sl": tsl, "title_en": ten,
        "description_sl": dsl, "description_en": den,
        "owner": owner, "update_interval": upd, "period_of_use": period,
        "users": users, "links": links,
        "source": SOURCE_NOTE, "licence": "CC BY 4.0 (sample)", "illustrative": True,
        "attribution": GURS_ATTR + (OSM_ATTR if fname in USES_OSM else ""),
        "roles": ROLES.get(LAYER_OF[fname], []),
    })
    for ln in links:
        assert ln in LAYER_OF.values(), (fname, ln)
assert sorted(c["file"] for c in catalogue) == sorted(WRITTEN), "catalogue must list every file"
with open(os.path.join(OUT, "catalogue.json"), "w", encoding="utf-8", newline="\n") as fh:
    fh.write(json.dumps(catalogue, ensure_ascii=False, indent=2) + "\n")

# ======================================================================================
# Final checks and summary
# ======================================================================================
problems = []
for fname in sorted(WRITTEN):
    for f in WRITTEN[fname]:
        try:
            check_geometry(fname, f)
        except AssertionError as e:
            problems.append(str(e))
for fname in ("health_schools.geojson", "health_facilities.geojson", "sport_facilities.geojson",
              "telecom_wifi4eu.geojson", "culture_heritage.geojson", "environment_waste.geojson",
              "protection_fire_brigades.geojson", "administration_offices.geojson", "sensors.geojson"):
    for f in WRITTEN[fname]:
        p = to_m(*f["geometry"]["coordinates"])
        if in_lake(p):
            problems.append("%s: %s is in the lake" % (fname, f["properties"]["name"]))
if problems:
    raise SystemExit("validation failed:\n  " + "\n  ".join(problems))

if os.environ.get("MAKE_SAMPLE_VERBOSE"):
    for fname in sorted(WRITTEN):
        print("%-38s %4d features" % (fname, len(WRITTEN[fname])))
    print("lake area %.3f km2 (in municipality %.3f km2)" % (abs(ring_area(LAKE)) / 1e6, LAKE_INSIDE_M2 / 1e6))
    print("Natura 2000 sum %.1f ha:" % NATURA_SUM_HA,
          ", ".join("%s %.1f" % (f["properties"]["name"], f["properties"]["area_ha"]) for f in natura))
    print("water mains %d m, lights %d" % (MAINS_TOTAL_M, len(lights)))
    for fname in sorted(WRITTEN):
        rings = []
        for f in WRITTEN[fname]:
            g = f["geometry"]
            if g["type"] in ("Polygon", "MultiPolygon"):
                polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
                rings.extend(Ms(pl[0][:-1]) for pl in polys)
        if rings:
            print("%-38s polygon area inside the municipality: %.1f %%"
                  % (fname, 100 * inside_fraction(rings)))
