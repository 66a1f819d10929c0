#!/usr/bin/env python3
"""Generate the illustrative citizen damage reports of the Ptuj Operations Console.

Run from the repository root:

    python3 data/reports/make_reports.py

Writes requests.json (Open311 GeoReport v2 service requests) and services.json (the
services list) next to this script. Locations are drawn inside the real GURS municipal
boundary, on or beside the sample roads, street lights, water mains and waste containers
and near the real settlement points; descriptions are Slovenian; the reports span two
years ending in November 2026, older ones mostly resolved, some marked as duplicates of a
nearby earlier report. The console's Open311 extensions ptuj_status, ptuj_priority and
ptuj_duplicate_of carry the finer workflow state.

Pure Python 3 standard library, fixed seed: every run writes byte-identical files.

NONE OF THIS IS REAL: no citizen wrote these reports. It is an illustrative sample.
"""

import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, ".."))
SEED = 20261124
COUNT = 420
START = dt.datetime(2024, 12, 1, tzinfo=dt.timezone.utc)
END = dt.datetime(2026, 11, 20, 18, 0, tzinfo=dt.timezone.utc)
NOTE = "illustrative sample generated for the Ptuj Operations Console; not real citizen reports"

R = 6371008.8
PHI0 = math.radians(46.43)


def to_xy(lon, lat):
    return (R * math.cos(PHI0) * math.radians(lon), R * math.radians(lat))


def to_lonlat(x, y):
    return (math.degrees(x / (R * math.cos(PHI0))), math.degrees(y / R))


def load(path):
    with open(os.path.join(DATA, path), encoding="utf-8") as f:
        return json.load(f)["features"]


def inside(point, ring):
    x, y = point
    result = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            result = not result
        j = i
    return result


boundary_geom = load("geodata/ptuj_obcina_boundary.geojson")[0]["geometry"]
if boundary_geom["type"] == "Polygon":
    BOUNDARY = [boundary_geom["coordinates"][0]]
else:
    BOUNDARY = [p[0] for p in boundary_geom["coordinates"]]


def in_municipality(lon, lat):
    return any(inside((lon, lat), ring) for ring in BOUNDARY)


ROADS = [(f["properties"]["name"], f["geometry"]["coordinates"]) for f in load("sample/mobility_roads.geojson")]
LAMPS = [(f["properties"].get("road") or f["properties"]["name"], f["geometry"]["coordinates"])
         for f in load("sample/energy_public_lighting.geojson")]
WASTE = [(f["properties"]["name"], f["geometry"]["coordinates"]) for f in load("sample/environment_waste.geojson")]
MAINS = [(f["properties"]["name"], f["geometry"]["coordinates"]) for f in load("sample/water_mains.geojson")]
SETTLEMENTS = [(f["properties"]["NA_UIME"].strip("\ufeff"), f["geometry"]["coordinates"])
               for f in load("geodata/ptuj_naselja_points.geojson")]
LANDMARKS = [(f["properties"]["name"].split(" / ")[0], f["geometry"]["coordinates"])
             for f in load("geodata/ptuj_reference_landmarks.geojson")]
SCHOOLS = [(f["properties"]["name"], f["geometry"]["coordinates"]) for f in load("sample/health_schools.geojson")
           if f["geometry"]["type"] == "Point"]
SPORT = [(f["properties"]["name"], f["geometry"]["coordinates"]) for f in load("sample/sport_facilities.geojson")]

# service_code: (Slovenian name, weight, where, responsible service, priority, days to fix, descriptions, answers)
CATEGORIES = {
    "pothole": ("Udarna jama", 22, "road", "Javne službe Ptuj d.o.o.", 2, (2, 25), [
        "Globoka udarna jama na vozišču, {place}. Avtomobili jo obvozijo po nasprotnem pasu.",
        "Na {place} je v asfaltu jama, polna vode; nevarno za kolesarje.",
        "Poškodovan asfalt in jama ob robniku, {place}.",
        "Po zimi se je na {place} odprla večja jama v cestišču.",
    ]),
    "traffic_sign": ("Prometni znak", 5, "road", "Javne službe Ptuj d.o.o.", 2, (1, 10), [
        "Prometni znak je podrt ob cesti, {place}.",
        "Znak stop je zaraščen z grmovjem in ni viden, {place}.",
    ]),
    "street_light": ("Javna razsvetljava", 14, "lamp", "Oddelek za gospodarske javne službe in investicije", 3, (3, 30), [
        "Luč javne razsvetljave ne sveti že nekaj dni, {place}.",
        "Svetilka na {place} utripa celo noč.",
        "Razbit steklen pokrov svetilke, {place}.",
        "Ulica je ponoči v temi, ne gori več svetilk, {place}.",
    ]),
    "illegal_dumping": ("Divje odlagališče", 10, "settlement", "Komunalno podjetje Ptuj d.d.", 3, (5, 40), [
        "Nekdo je ob poti odvrgel gradbeni odpad in stare gume, {place}.",
        "Divje odlagališče kosovnih odpadkov v gozdu, {place}.",
        "Ob potoku so odvrženi vreče s smetmi, {place}.",
    ]),
    "overflowing_bin": ("Poln zabojnik", 7, "waste", "Komunalno podjetje Ptuj d.d.", 3, (1, 4), [
        "Zabojniki na ekološkem otoku so prepolni, smeti so okoli njih, {place}.",
        "Zabojnik za embalažo ni bil izpraznjen že dva tedna, {place}.",
    ]),
    "damaged_bench": ("Poškodovana klop", 5, "landmark", "Javne službe Ptuj d.o.o.", 4, (7, 45), [
        "Polomljena klop v parku, {place}.",
        "Klopi manjka deska, štrlijo žeblji, {place}.",
    ]),
    "water_leak": ("Puščanje vode", 7, "main", "Komunalno podjetje Ptuj d.d. – oskrba z vodo", 1, (0.2, 3), [
        "Iz jaška na cesti teče voda, {place}.",
        "Na pločniku je stalno mokro, sumim na puščanje vodovoda, {place}.",
        "Voda bruha iz tal ob hidrantu, {place}.",
    ]),
    "sewer": ("Kanalizacija", 4, "road", "Komunalno podjetje Ptuj d.d. – oskrba z vodo", 2, (1, 10), [
        "Iz kanalizacijskega jaška se širi smrad, {place}.",
        "Pokrov jaška je razbit in se premika, ko zapelje avto, {place}.",
    ]),
    "fallen_tree": ("Podrto drevo", 7, "settlement", "Javne službe Ptuj d.o.o.", 1, (0.3, 3), [
        "Po neurju je drevo padlo čez cesto, {place}.",
        "Velika veja visi nad pločnikom in grozi, da pade, {place}.",
    ]),
    "graffiti": ("Grafiti", 7, "landmark", "Medobčinsko redarstvo", 4, (10, 60), [
        "Grafiti na fasadi stavbe v starem mestnem jedru, {place}.",
        "Pomazana avtobusna čakalnica, {place}.",
    ]),
    "flooding": ("Poplavljanje", 4, "settlement", "Civilna zaščita MO Ptuj", 1, (0.2, 2), [
        "Po nalivu je poplavljena klet in cesta, jarki ne odvajajo vode, {place}.",
        "Meteorna kanalizacija ne požira vode, cesta je pod vodo, {place}.",
    ]),
    "illegal_parking": ("Nepravilno parkiranje", 5, "landmark", "Medobčinsko redarstvo", 3, (0.2, 3), [
        "Vozila redno parkirajo na pločniku, pešci morajo na cesto, {place}.",
        "Parkirano vozilo ovira dovoz za intervencijska vozila, {place}.",
    ]),
    "playground": ("Otroško igrišče", 3, "school", "Javne službe Ptuj d.o.o.", 3, (5, 30), [
        "Gugalnica na igrišču je poškodovana, {place}.",
        "Pesek v peskovniku je onesnažen s steklom, {place}.",
    ]),
    # Not in the console's category table: kept, flagged unknown_category for triage.
    "other": ("Drugo", 2, "settlement", "", 3, (5, 30), [
        "Hrup iz lokala po polnoči, {place}.",
        "Zapuščen avtomobil brez tablic že mesece stoji, {place}.",
    ]),
}

ANSWERS = {
    "resolved": [
        "Spoštovani, pristojna služba je napako odpravila. Hvala, ker skrbite za Ptuj.",
        "Spoštovani, popravilo je bilo izvedeno. Hvala za prijavo.",
        "Zadeva je urejena. Hvala za sodelovanje.",
    ],
    "rejected": [
        "Spoštovani, zadeva ni v pristojnosti Mestne občine Ptuj; posredovali smo jo upravljavcu.",
        "Spoštovani, na označeni lokaciji ob ogledu nismo ugotovili napake.",
    ],
}

rng = random.Random(SEED)


def jitter(lonlat, metres):
    x, y = to_xy(*lonlat)
    a = rng.uniform(0, 2 * math.pi)
    d = metres * math.sqrt(rng.random())
    return to_lonlat(x + d * math.cos(a), y + d * math.sin(a))


def on_line(coords):
    segments = list(zip(coords, coords[1:]))
    lengths = [math.dist(to_xy(*a), to_xy(*b)) for a, b in segments]
    t = rng.uniform(0, sum(lengths))
    for (a, b), length in zip(segments, lengths):
        if t <= length:
            f = t / length if length else 0
            return (a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1]))
        t -= length
    return coords[-1]


def distance_to_line(p, coords):
    px, py = to_xy(*p)
    best = float("inf")
    for a, b in zip(coords, coords[1:]):
        ax, ay = to_xy(*a)
        bx, by = to_xy(*b)
        dx, dy = bx - ax, by - ay
        l2 = dx * dx + dy * dy
        t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / l2)) if l2 else 0.0
        best = min(best, math.hypot(px - ax - t * dx, py - ay - t * dy))
    return best


def place_name(p):
    road, d = min(((name, distance_to_line(p, c)) for name, c in ROADS), key=lambda v: v[1])
    if d < 150:
        return road
    settlement = min(SETTLEMENTS, key=lambda s: math.dist(to_xy(*p), to_xy(*s[1])))[0]
    return settlement


def location(where):
    for _ in range(200):
        if where == "road":
            name, coords = rng.choice(ROADS)
            p = jitter(on_line(coords), 4)
        elif where == "lamp":
            name, c = rng.choice(LAMPS)
            p = jitter(c, 3)
        elif where == "waste":
            name, c = rng.choice(WASTE)
            p = jitter(c, 6)
        elif where == "main":
            name, coords = rng.choice(MAINS)
            p = jitter(on_line(coords), 5)
        elif where == "landmark":
            name, c = rng.choice(LANDMARKS + SPORT)
            p = jitter(c, 150)
        elif where == "school":
            name, c = rng.choice(SCHOOLS or SPORT)
            p = jitter(c, 60)
        else:
            name, c = rng.choice(SETTLEMENTS)
            p = jitter(c, 700)
        if in_municipality(*p):
            return p
    raise RuntimeError("no location inside the municipality for " + where)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def pick_category():
    codes = list(CATEGORIES)
    return rng.choices(codes, weights=[CATEGORIES[c][1] for c in codes])[0]


def workflow(age_days, fix_days):
    """Remote status, finer status and when it last changed, from the report's age."""
    u = rng.random()
    if age_days > 90:
        status = "resolved" if u < 0.86 else "rejected" if u < 0.93 else rng.choice(["assigned", "in_progress"])
    elif age_days > 30:
        status = "resolved" if u < 0.55 else "rejected" if u < 0.6 else rng.choice(["acknowledged", "assigned", "in_progress"])
    elif age_days > 3:
        status = "resolved" if u < 0.2 else rng.choice(["new", "acknowledged", "assigned", "assigned", "in_progress"])
    else:
        status = "new" if u < 0.7 else "acknowledged"
    if status in ("resolved", "rejected"):
        days = min(age_days, rng.uniform(*fix_days) * rng.uniform(0.7, 1.8))
    elif status == "new":
        days = 0
    else:
        days = min(age_days, rng.uniform(0.1, 5))
    return status, days


def main():
    span = (END - START).total_seconds()
    requests = []
    for i in range(COUNT):
        # Slightly more reports in the second year, as the portal becomes known.
        f = rng.random() ** 0.85
        requested = START + dt.timedelta(seconds=int(f * span))
        requested = requested.replace(hour=rng.choice([7, 8, 9, 10, 11, 13, 14, 16, 18, 20]), minute=rng.randrange(60))
        if requested > END:
            requested = END - dt.timedelta(hours=1)
        code = pick_category()
        name, _, where, agency, priority, fix_days, texts, = CATEGORIES[code][:7]
        lon, lat = location(where)
        requests.append(dict(code=code, name=name, agency=agency, priority=priority, fix_days=fix_days,
                             texts=texts, requested=requested, lon=lon, lat=lat))
    requests.sort(key=lambda r: r["requested"])

    out = []
    for n, r in enumerate(requests, start=1):
        rid = "IP-%d-%05d" % (r["requested"].year, n)
        age = (END - r["requested"]).total_seconds() / 86400
        status, days = workflow(age, r["fix_days"])
        updated = r["requested"] + dt.timedelta(days=days)
        place = place_name((r["lon"], r["lat"]))
        entry = {
            "service_request_id": rid,
            "status": "closed" if status in ("resolved", "rejected") else "open",
            "status_notes": rng.choice(ANSWERS[status]) if status in ANSWERS else "",
            "service_name": r["name"],
            "service_code": r["code"],
            "description": rng.choice(r["texts"]).format(place=place),
            "agency_responsible": r["agency"] if status != "new" else "",
            "service_notice": "",
            "requested_datetime": iso(r["requested"]),
            "updated_datetime": iso(updated),
            "expected_datetime": None,
            "address": place + ", 2250 Ptuj",
            "lat": round(r["lat"], 7),
            "long": round(r["lon"], 7),
            "media_url": "",
            "ptuj_status": status,
            "ptuj_priority": max(1, min(4, r["priority"] + rng.choice([0, 0, 0, 1, -1]))),
        }
        if rng.random() < 0.5:
            entry["email"] = "obcan%03d@example.si" % rng.randrange(1000)
        out.append(entry)

    # Duplicates: a later report of the same fault, 5–35 m from an earlier one.
    originals = [e for e in out if e["service_code"] in ("pothole", "street_light", "illegal_dumping", "water_leak",
                                                          "fallen_tree", "overflowing_bin")]
    for k, original in enumerate(rng.sample(originals, 26)):
        t0 = dt.datetime.strptime(original["requested_datetime"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
        t = min(END - dt.timedelta(hours=2), t0 + dt.timedelta(days=rng.uniform(0.2, 8)))
        x, y = to_xy(original["long"], original["lat"])
        a = rng.uniform(0, 2 * math.pi)
        d = rng.uniform(5, 35)
        lon, lat = to_lonlat(x + d * math.cos(a), y + d * math.sin(a))
        dup = dict(original)
        dup.update({
            "service_request_id": "IP-%d-D%04d" % (t.year, k + 1),
            "description": rng.choice(CATEGORIES[original["service_code"]][6]).format(place=original["address"].split(",")[0]),
            "requested_datetime": iso(t),
            "updated_datetime": iso(t + dt.timedelta(hours=rng.uniform(1, 30))) if t + dt.timedelta(hours=30) < END else iso(t),
            "lat": round(lat, 7),
            "long": round(lon, 7),
            "status": "closed",
            "status_notes": "Spoštovani, isto težavo je že prijavil drug občan; o rešitvi vas bomo obvestili skupaj.",
            "ptuj_status": "duplicate",
            "ptuj_duplicate_of": original["service_request_id"],
        })
        dup.pop("email", None)
        out.append(dup)
    out.sort(key=lambda e: (e["requested_datetime"], e["service_request_id"]))

    services = [{
        "service_code": code,
        "service_name": v[0],
        "description": v[0],
        "metadata": False,
        "type": "realtime",
        "keywords": "",
        "group": "Izboljšajmo Ptuj (" + NOTE + ")",
    } for code, v in CATEGORIES.items()]

    with open(os.path.join(HERE, "requests.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "services.json"), "w", encoding="utf-8") as f:
        json.dump(services, f, ensure_ascii=False, indent=1)
        f.write("\n")
    counts = {}
    for e in out:
        counts[e["ptuj_status"]] = counts.get(e["ptuj_status"], 0) + 1
    print("wrote %d requests (%s) and %d services" % (len(out), ", ".join("%s %d" % kv for kv in sorted(counts.items())),
                                                      len(services)))


if __name__ == "__main__":
    main()
