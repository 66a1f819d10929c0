#!/usr/bin/env python3
"""Illustrative sensor readings for the Ptuj Operations Console's sample store.

    python3 data/sensors/make_sensors.py OUT_DIR [--end 2026-12-04T12:00:00Z] [--days 365]

Writes, with a fixed random seed (the same end time gives byte-identical files):

  stations.json   the municipal sensors as SensorThings Things (Locations, Datastreams with
                  units, expected intervals and alarm levels), no readings;
  readings.csv    a year of readings of every datastream: the five ARSO gauges around Ptuj
                  every 30 minutes, the municipal sensors every 15 minutes or hourly;
  arso_latest.xml the gauges' latest half hour as ARSO publishes it (<arsopodatki>), with
                  ARSO's published high-water discharges, imported last so the thresholds
                  and names are ARSO's.

The end time defaults to the last full half hour before now, so a freshly built store shows
current readings; pass --end for a reproducible file. The gauges' stations, codes and
thresholds are ARSO's (DESIGN.md); their coordinates other than Drava–Ptuj's are
approximate, and every reading is invented: NONE OF THIS IS MEASURED DATA.
Pure Python 3 standard library.
"""

import argparse
import csv
import datetime as dt
import json
import math
import os
import random

SEED = 20261204

# ARSO gauges: code, river, place, lon, lat, mean discharge, first/second/third high-water
# discharge (m³/s). Drava–Ptuj's position is ARSO's; the others are approximate.
GAUGES = [
    ("2110", "Drava", "Ptuj", 15.8724, 46.4172, 300.0, (1300, 1580, 1700)),
    ("2150", "Drava", "Borl", 16.0047, 46.3742, 290.0, (500, 1200, 1500)),
    ("2652", "Dravinja", "Videm", 15.9063, 46.3668, 9.0, (120, 190, 240)),
    ("2754", "Polskava", "Tržec", 15.8578, 46.3701, 2.2, (37, 49, 62)),
    ("2900", "Pesnica", "Zamušani", 15.9880, 46.4380, 4.5, (70, 100, 120)),
]

# Municipal sensors (illustrative): code, name, domain, lon, lat, datastreams
# (key, name, property, unit, interval s, levels, generator).
MUNICIPAL = [
    ("ZRAK-CENTER", "Kakovost zraka – Mestni trg", "environment", 15.8707, 46.4199, [
        ("pm10", "PM10", "PM10", "µg/m³", 3600, {"warning": 100, "alarm": 150}, "pm10"),
        ("pm25", "PM2.5", "PM2.5", "µg/m³", 3600, {"warning": 75, "alarm": 110}, "pm25"),
        ("no2", "NO₂", "NO2", "µg/m³", 3600, {"warning": 200, "alarm": 400}, "no2"),
    ]),
    ("PROMET-ORMOSKA", "Števec prometa – Ormoška cesta", "mobility", 15.8856, 46.4143, [
        ("vozila", "Vozila v 15 min", "traffic_count", "vozil/15 min", 900, {}, "traffic:1.0"),
    ]),
    ("PROMET-ZAGREBSKA", "Števec prometa – Zagrebška cesta", "mobility", 15.8688, 46.4112, [
        ("vozila", "Vozila v 15 min", "traffic_count", "vozil/15 min", 900, {}, "traffic:0.8"),
    ]),
    ("PROMET-ROGOZNISKA", "Števec prometa – Rogozniška cesta", "mobility", 15.8794, 46.4292, [
        ("vozila", "Vozila v 15 min", "traffic_count", "vozil/15 min", 900, {}, "traffic:0.6"),
    ]),
    ("PARK-GRAD", "Parkirišče pod gradom", "mobility", 15.8662, 46.4199, [
        ("zasedenost", "Zasedenost", "parking_occupancy", "%", 900, {}, "parking:tourist"),
    ]),
    ("PARK-TRZNICA", "Parkirišče ob tržnici", "mobility", 15.8733, 46.4182, [
        ("zasedenost", "Zasedenost", "parking_occupancy", "%", 900, {}, "parking:market"),
    ]),
    ("VODA-VODOHRAN", "Tlak v omrežju – vodohran Grajena", "water", 15.8590, 46.4368, [
        ("tlak", "Tlak", "water_pressure", "bar", 900, {"low_warning": 2.5, "low_alarm": 2.0}, "pressure:4.2"),
    ]),
    ("VODA-BREG", "Tlak v omrežju – Breg", "water", 15.8819, 46.4089, [
        ("tlak", "Tlak", "water_pressure", "bar", 900, {"low_warning": 2.5, "low_alarm": 2.0}, "pressure:3.6"),
    ]),
    ("ENERGIJA-MESTNA-HISA", "Poraba energije – Mestna hiša", "energy", 15.8719, 46.4195, [
        ("elektrika", "Električna energija", "energy_use", "kWh", 3600, {}, "energy:18"),
    ]),
    ("ENERGIJA-OS-MLADIKA", "Poraba energije – OŠ Mladika", "energy", 15.8640, 46.4240, [
        ("elektrika", "Električna energija", "energy_use", "kWh", 3600, {}, "energy:30"),
    ]),
    ("ENERGIJA-DVORANA-CENTER", "Poraba energije – Športna dvorana Center", "energy", 15.8760, 46.4230, [
        ("elektrika", "Električna energija", "energy_use", "kWh", 3600, {}, "energy:45"),
    ]),
]


def iso(t):
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def local_hour(t):
    """Hour of day in Ptuj (CET, ignoring summer time: good enough for daily patterns)."""
    return ((t + 3600) // 3600) % 24


def weekday(t):
    return dt.datetime.fromtimestamp(t + 3600, dt.timezone.utc).weekday()  # 0 Monday


def day_of_year(t):
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).timetuple().tm_yday


class Smooth:
    """Red noise: each value leans on the previous one."""

    def __init__(self, rng, scale, keep=0.97):
        self.rng, self.scale, self.keep, self.v = rng, scale, keep, 0.0

    def next(self):
        self.v = self.keep * self.v + self.rng.gauss(0, self.scale)
        return self.v


def discharge_series(rng, mean, levels, times, end):
    """Discharge: seasonal (snow melt in spring, autumn rain), rain events, and a wave that is
    rising at the end without reaching the first high water. Kept below 97 % of it."""
    q1 = levels[0]
    noise = Smooth(rng, 0.02)
    events = []
    for _ in range(9):
        events.append((rng.uniform(times[0], end - 20 * 86400), rng.uniform(0.8, 2.4), rng.uniform(1.5, 4) * 86400))
    events.append((end + 0.4 * 86400, (0.91 * q1 / mean) - 1.0, 2.2 * 86400))  # the wave rising now
    out = []
    for t in times:
        doy = day_of_year(t)
        season = 1 + 0.35 * math.sin((doy - 60) / 365 * 2 * math.pi) + 0.15 * math.sin((doy - 260) / 365 * 4 * math.pi)
        q = mean * season * (1 + noise.next())
        for start, height, width in events:
            x = (t - start) / width
            q += mean * height * math.exp(-x * x)
        out.append(max(0.05 * mean, min(q, 0.97 * q1)))
    return out


def gauge_rows(rng, code, mean, levels, times, end):
    qs = discharge_series(rng, mean, levels, times, end)
    rows = []
    temp = Smooth(rng, 0.05, 0.99)
    for t, q in zip(times, qs):
        level = 40 + 45 * (q / mean) ** 0.55 * (1.0 if mean > 50 else 0.6)
        doy = day_of_year(t)
        water_t = 9 + 7 * math.sin((doy - 110) / 365 * 2 * math.pi) + 0.6 * math.sin((local_hour(t) - 9) / 24 * 2 * math.pi)
        rows.append((code, "vodostaj", t, round(level), "cm"))
        rows.append((code, "pretok", t, round(q, 1 if q < 100 else 0), "m³/s"))
        rows.append((code, "temp_vode", t, round(water_t + temp.next(), 1), "°C"))
    return rows


def municipal_value(rng, kind, t, state):
    hour, wd, doy = local_hour(t), weekday(t), day_of_year(t)
    winter = 0.5 + 0.5 * math.cos((doy - 15) / 365 * 2 * math.pi)  # 1 in January, 0 in July
    name, _, arg = kind.partition(":")
    noise = state.setdefault(kind, Smooth(rng, 0.08, 0.9)).next()
    rush = math.exp(-((hour - 7.5) ** 2) / 2) + 0.9 * math.exp(-((hour - 16) ** 2) / 3)
    if name == "pm10":
        v = 14 + 38 * winter * (0.6 + 0.4 * math.exp(-((hour - 20) % 24 - 0) ** 2 / 30)) + 8 * rush
        return round(max(2, min(v * (1 + noise), 95)), 1)
    if name == "pm25":
        v = 9 + 30 * winter * (0.6 + 0.4 * math.exp(-((hour - 20) % 24) ** 2 / 30)) + 5 * rush
        return round(max(1, min(v * (1 + noise), 70)), 1)
    if name == "no2":
        v = 12 + 30 * rush + 8 * winter
        return round(max(1, min(v * (1 + noise), 180)), 1)
    if name == "traffic":
        scale = float(arg)
        day = 1.0 if wd < 5 else (0.75 if wd == 5 else 0.5)
        base = 25 + 260 * rush * day + 60 * math.exp(-((hour - 12) ** 2) / 8)
        night = 0.15 if hour < 5 else 1.0
        return max(0, round(base * scale * night * (1 + noise)))
    if name == "parking":
        if arg == "market":  # the market fills it on weekday and Saturday mornings
            busy = math.exp(-((hour - 9.5) ** 2) / 4) * (1.0 if wd < 6 else 0.3)
            v = 20 + 75 * busy
        else:  # under the castle: visitors, weekends and summer
            summer = 1 - winter
            busy = math.exp(-((hour - 14) ** 2) / 10) * (1.25 if wd >= 5 else 0.8)
            v = 10 + (45 + 35 * summer) * busy
        return round(max(0, min(v * (1 + noise * 0.5), 100)), 1)
    if name == "pressure":
        nominal = float(arg)
        demand = 0.35 * math.exp(-((hour - 7) ** 2) / 3) + 0.3 * math.exp(-((hour - 19.5) ** 2) / 4)
        return round(max(2.7, nominal - demand + noise * 0.1), 2)
    if name == "energy":
        base = float(arg)
        open_hours = 1.0 if (wd < 5 and 7 <= hour < 17) else (0.6 if (wd == 5 and 8 <= hour < 14) else 0.25)
        heat = 0.5 + 0.5 * winter
        return round(max(0.5, base * open_hours * heat * (1 + noise * 0.5)), 1)
    raise ValueError(kind)


def arso_xml(latest):
    parts = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<arsopodatki verzija="1.5"><vir>Agencija RS za okolje (ponazoritveni podatki konzole, ne meritve)</vir>',
             "<predlagan_zajem>5 minut čez polno uro ali pol ure</predlagan_zajem><predlagan_zajem_perioda>30 min</predlagan_zajem_perioda>"]
    for (code, river, place, lon, lat, _mean, (q1, q2, q3)), (t, level, q, temp) in zip(GAUGES, latest):
        cet = dt.datetime.fromtimestamp(t + 3600, dt.timezone.utc).strftime("%Y-%m-%d %H:%M")
        parts.append(
            f'<postaja sifra="{code}" wgs84_dolzina="{lon}" wgs84_sirina="{lat}" kota_0="">'
            f"<reka>{river}</reka><merilno_mesto>{place}</merilno_mesto><ime_kratko>{river} - {place}</ime_kratko>"
            f"<datum_cet>{cet}</datum_cet><vodostaj>{level}</vodostaj><pretok>{q}</pretok>"
            f"<temp_vode>{temp}</temp_vode><prvi_vv_pretok>{q1}</prvi_vv_pretok>"
            f"<drugi_vv_pretok>{q2}</drugi_vv_pretok><tretji_vv_pretok>{q3}</tretji_vv_pretok></postaja>")
    parts.append("</arsopodatki>")
    return "\n".join(parts) + "\n"


def things():
    value = []
    for i, (code, name, domain, lon, lat, streams) in enumerate(MUNICIPAL, start=1):
        value.append({
            "@iot.id": i, "name": name,
            "properties": {"code": code, "domain": domain, "illustrative": True},
            "Locations": [{"location": {"type": "Point", "coordinates": [lon, lat]}}],
            "Datastreams": [{
                "@iot.id": f"{code}/{key}", "name": label,
                "unitOfMeasurement": {"symbol": unit},
                "ObservedProperty": {"name": prop},
                "properties": {"interval_seconds": interval, "levels": levels},
            } for key, label, prop, unit, interval, levels, _gen in streams],
        })
    return {"value": value}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--end", help="last reading, ISO 8601 UTC (default: the last full half hour)")
    ap.add_argument("--days", type=int, default=365)
    args = ap.parse_args()
    if args.end:
        end = int(dt.datetime.strptime(args.end, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc).timestamp())
    else:
        end = int(dt.datetime.now(dt.timezone.utc).timestamp())
    end -= end % 1800
    start = end - args.days * 86400
    rng = random.Random(SEED)
    os.makedirs(args.out, exist_ok=True)

    with open(os.path.join(args.out, "stations.json"), "w", encoding="utf-8") as f:
        json.dump(things(), f, ensure_ascii=False, indent=1)

    latest = []
    with open(os.path.join(args.out, "readings.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["station", "datastream", "time", "value", "unit"])
        half_hours = list(range(start + 1800, end + 1, 1800))
        for code, _river, _place, _lon, _lat, mean, levels in GAUGES:
            rows = gauge_rows(rng, code, mean, levels, half_hours, end)
            # The last half hour goes in through the ARSO document instead.
            history, last = rows[:-3], rows[-3:]
            history.sort(key=lambda r: (r[1], r[2]))
            for station, key, t, v, unit in history:
                w.writerow([station, key, iso(t), v, unit])
            latest.append((end, last[0][3], last[1][3], last[2][3]))
        state = {}
        for code, _name, _domain, _lon, _lat, streams in MUNICIPAL:
            for key, _label, _prop, unit, interval, _levels, gen in streams:
                for t in range(start + interval, end + 1, interval):
                    w.writerow([code, f"sta-{code}/{key}", iso(t), municipal_value(rng, gen, t, state), unit])

    with open(os.path.join(args.out, "arso_latest.xml"), "w", encoding="utf-8") as f:
        f.write(arso_xml(latest))


if __name__ == "__main__":
    main()
