package id.sigap.linkage.bench;

import id.sigap.linkage.engine.PersonRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinkler;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.matchers.AbstractMatchListener;

/**
 * Duke 1.2 (an established Java linkage engine: Lucene candidate search, naive Bayes over hand-set per-property
 * probabilities) deduplicating FEBRL, configured the way its documentation configures person data. The baseline of
 * the linkage benchmark; its clusters are the connected components of its matches.
 */
final class DukeBaseline {

    private DukeBaseline() {}

    static int[] deduplicate(List<PersonRecord> records) {
        ConfigurationImpl config = new ConfigurationImpl();
        List<Property> props = new ArrayList<>();
        props.add(new PropertyImpl("ID"));
        props.add(new PropertyImpl("GIVEN", new JaroWinkler(), 0.3, 0.85));
        props.add(new PropertyImpl("SURNAME", new JaroWinkler(), 0.3, 0.9));
        props.add(new PropertyImpl("DOB", new Levenshtein(), 0.3, 0.9));
        props.add(new PropertyImpl("SSN", new Levenshtein(), 0.2, 0.95));
        props.add(new PropertyImpl("STREET_NUMBER", new ExactComparator(), 0.4, 0.6));
        props.add(new PropertyImpl("ADDRESS_1", new Levenshtein(), 0.3, 0.7));
        props.add(new PropertyImpl("ADDRESS_2", new Levenshtein(), 0.4, 0.6));
        props.add(new PropertyImpl("SUBURB", new Levenshtein(), 0.4, 0.65));
        props.add(new PropertyImpl("POSTCODE", new Levenshtein(), 0.4, 0.65));
        props.add(new PropertyImpl("STATE", new ExactComparator(), 0.45, 0.55));
        config.setProperties(props);
        config.setThreshold(0.9);
        config.setMaybeThreshold(0.9);
        LuceneDatabase db = new LuceneDatabase();
        db.setConfiguration(config);
        config.setDatabase(db);
        Processor processor = new Processor(config, db);
        processor.setThreads(Runtime.getRuntime().availableProcessors());
        Map<String, Integer> index = new HashMap<>();
        int[] parent = new int[records.size()];
        Collection<Record> input = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            PersonRecord r = records.get(i);
            index.put(r.id(), i);
            parent[i] = i;
            RecordImpl rec = new RecordImpl();
            rec.addValue("ID", r.id());
            put(rec, "GIVEN", r.givenName());
            put(rec, "SURNAME", r.surname());
            put(rec, "DOB", r.birthDate());
            put(rec, "SSN", r.nik());
            put(rec, "STREET_NUMBER", r.extras().get("street_number"));
            put(rec, "ADDRESS_1", r.extras().get("address_1"));
            put(rec, "ADDRESS_2", r.extras().get("address_2"));
            put(rec, "SUBURB", r.extras().get("suburb"));
            put(rec, "POSTCODE", r.extras().get("postcode"));
            put(rec, "STATE", r.extras().get("state"));
            input.add(rec);
        }
        processor.addMatchListener(new AbstractMatchListener() {
            @Override
            public void matches(Record a, Record b, double confidence) {
                synchronized (parent) {
                    union(parent, index.get(a.getValue("ID")), index.get(b.getValue("ID")));
                }
            }
        });
        processor.deduplicate(input);
        int[] cluster = new int[records.size()];
        for (int i = 0; i < cluster.length; i++) {
            cluster[i] = find(parent, i);
        }
        return cluster;
    }

    private static void put(RecordImpl rec, String prop, String value) {
        if (value != null && !value.isBlank()) {
            rec.addValue(prop, value);
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i] = parent[parent[i]];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
