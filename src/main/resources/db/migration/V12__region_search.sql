-- Region lookup by name: a normalized name (lower case, no accents, punctuation as single spaces) with byte-order
-- ("C") collation so that plain btree indexes serve both equality and LIKE 'prefix%', a base name without the
-- administrative prefix ("Kota Kupang" -> "kupang", "Daerah Khusus Ibukota Jakarta" -> "jakarta"), and one row per
-- word of the name for word-prefix lookups of any length. Kept up to date by triggers, so a later migration that
-- inserts or renames regions needs to do nothing else. The query side normalizes the same way (SearchTerms.java).
ALTER TABLE region.admin_region
    ADD COLUMN search_name text COLLATE "C",
    ADD COLUMN base_name   text COLLATE "C";

CREATE FUNCTION region.normalized_name(t text) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, t)), '[^a-z0-9]+', ' ', 'g'));

CREATE FUNCTION region.admin_region_search_fields() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    NEW.search_name := region.normalized_name(NEW.name);
    NEW.base_name := CASE
        WHEN NEW.level <= 2 THEN regexp_replace(NEW.search_name,
            '^(kabupaten administrasi|kota administrasi|kabupaten|kota|daerah khusus ibukota|daerah khusus|daerah istimewa|provinsi) ',
            '')
        ELSE NEW.search_name END;
    RETURN NEW;
END
$$;

CREATE TRIGGER admin_region_search_fields
    BEFORE INSERT OR UPDATE OF name, level ON region.admin_region
    FOR EACH ROW EXECUTE FUNCTION region.admin_region_search_fields();

UPDATE region.admin_region SET name = name;

ALTER TABLE region.admin_region
    ALTER COLUMN search_name SET NOT NULL,
    ALTER COLUMN base_name SET NOT NULL;

CREATE INDEX region_search_name_idx ON region.admin_region (search_name);
CREATE INDEX region_base_name_idx ON region.admin_region (base_name) WHERE level <= 2;
CREATE INDEX region_search_name_trgm_idx ON region.admin_region USING gin (search_name gin_trgm_ops);

CREATE TABLE region.admin_region_word (
    word  text COLLATE "C" NOT NULL,
    code  varchar(13)      NOT NULL REFERENCES region.admin_region (code) ON DELETE CASCADE,
    PRIMARY KEY (word, code)
);
CREATE INDEX region_word_code_idx ON region.admin_region_word (code);

CREATE FUNCTION region.admin_region_words() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    DELETE FROM region.admin_region_word WHERE code = NEW.code;
    INSERT INTO region.admin_region_word (word, code)
    SELECT DISTINCT w, NEW.code FROM unnest(string_to_array(NEW.search_name, ' ')) AS w WHERE w <> '';
    RETURN NULL;
END
$$;

CREATE TRIGGER admin_region_words
    AFTER INSERT OR UPDATE OF name, level ON region.admin_region
    FOR EACH ROW EXECUTE FUNCTION region.admin_region_words();

INSERT INTO region.admin_region_word (word, code)
SELECT DISTINCT w, code FROM region.admin_region, unnest(string_to_array(search_name, ' ')) AS w WHERE w <> '';

ANALYZE region.admin_region;
ANALYZE region.admin_region_word;
