-- Citizen reports as a store of the single-number schema 2 held them: decisions taken in
-- the console, the append-only history, a photo, a follower, a service and a routing
-- change made by the clerks (these must survive every later step).
INSERT INTO reports (geom, source, service_request_id, service_code, service_name, domain, description, address,
                     lat, lon, location_source, status, priority, service, due_at, public_answer, contact_email,
                     requested_at, updated_at, local_updated_at, local_fields)
    VALUES (X'47500001D20E0000010100000000000000E14521410000000042360141', 'izboljsajmo-ptuj', 'r-1', 'pothole', 'Udarna jama', 'mobility',
            'Globoka jama pred šolo', 'Ormoška cesta 1, 2250 Ptuj', 46.4195, 15.87, 'open311', 'assigned', 1,
            'js_ptuj', '2026-10-15T00:00:00.000Z', 'Hvala, jamo bomo zakrpali.', 'janez.novak@example.si',
            '2026-10-01T08:00:00.000Z', '2026-10-01T08:00:00.000Z', '2026-10-02T09:00:00.000Z',
            '["priority","service"]'),
           (X'47500001D20E0000010100000000000000A44F214100000000A6580141', 'izboljsajmo-ptuj', 'r-2', 'graffiti', 'Grafiti', 'security', 'Grafiti na zidu gradu',
            'Grajska ulica, 2250 Ptuj', 46.422, 15.871, 'open311', 'new', 4, NULL, NULL, NULL, NULL,
            '2026-10-03T08:00:00.000Z', '2026-10-03T08:00:00.000Z', NULL, '[]');
INSERT INTO report_history (report_id, at, who, action, field, old_value, new_value)
    VALUES (1, '2026-10-01T08:00:01.000Z', 'uvoz', 'import', NULL, NULL, NULL),
           (1, '2026-10-02T09:00:00.000Z', 'ana', 'console', 'priority', '2', '1'),
           (1, '2026-10-02T09:00:00.000Z', 'ana', 'console', 'service', NULL, 'js_ptuj'),
           (2, '2026-10-03T08:00:01.000Z', 'uvoz', 'import', NULL, NULL, NULL);
INSERT INTO report_photos (report_id, file_name, mime_type, size, data, exif_lat, exif_lon, added_at)
    VALUES (1, 'jama.jpg', 'image/jpeg', 4, X'FFD8FFD9', 46.4195, 15.87, '2026-10-01T08:00:01.000Z');
INSERT INTO report_followers (report_id, contact, added_at)
    VALUES (1, 'marija.horvat@example.si', '2026-10-01T12:00:00.000Z');
INSERT INTO report_services (id, name, email) VALUES ('cistilna', 'Čistilna naprava Ptuj', 'info@example.si');
UPDATE report_categories SET due_days = 5, default_service = 'kp_ptuj' WHERE service_code = 'damaged_bench';
UPDATE report_reply_templates SET text_sl = 'Spoštovani, hvala. Popravilo je v načrtu.' WHERE name = 'V načrtu';
