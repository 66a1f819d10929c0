-- What a clerk's store of the single-number schema 1 held besides its layers: a catalogue
-- entry edited by hand, an import log row and a QGIS style.
INSERT INTO ptuj_catalogue (layer, domain, title_sl, title_en, owner, users, links, source, licence, crs,
                            geometry_type, feature_count, min_x, min_y, max_x, max_y, imported_at, illustrative)
    VALUES ('naselja', 'administration', 'Naselja', 'Settlements', 'GURS', '["Civilna zaščita","redarstvo"]', '[]',
            'GURS, Register prostorskih enot', 'CC BY 4.0', 'EPSG:3794', 'Point', 2, 566000, 141000, 567250, 142100,
            '2026-09-30T10:00:00.000Z', 0);
INSERT INTO ptuj_import_log (layer, source, started_at, finished_at, imported, rejected, repaired, report)
    VALUES ('naselja', '/data/naselja.geojson', '2026-09-30T09:59:58.000Z', '2026-09-30T10:00:00.000Z', 2, 0, 0,
            '{"imported":2}');
INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName, styleQML,
                          useAsDefault, description, owner)
    VALUES ('', '', 'naselja', 'geom', 'naselja', '<qgis/>', 1, 'Privzeti slog', 'ptuj-console');
