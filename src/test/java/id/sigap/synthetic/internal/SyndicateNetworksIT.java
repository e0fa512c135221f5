package id.sigap.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.networks.internal.LinkKind;
import id.sigap.networks.internal.NetworkGraph.Component;
import id.sigap.networks.internal.NetworkGraph.Member;
import id.sigap.networks.internal.Networks;
import id.sigap.security.RegionScope;
import id.sigap.support.IntegrationTest;
import id.sigap.synthetic.GeneratorRun;
import id.sigap.synthetic.SyntheticData;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Generated syndicates show as networks: their members' records across cases share companies, bank accounts,
 * social-media accounts or vehicles (and phones), so that some networks span several cases.
 */
@IntegrationTest
class SyndicateNetworksIT {

    @Autowired
    SyntheticData generator;

    @Autowired
    Networks networks;

    @Autowired
    DSLContext db;

    @Test
    void syndicate_members_share_attributes_across_cases() {
        GeneratorRun run = generator.generate(GeneratorIT.CASES, GeneratorIT.SEED, SyntheticData.Progress.NONE);
        Set<Long> generated = new HashSet<>(db.select(id.sigap.synthetic.internal.db.Tables.TRUTH.PERSON_ID)
                .from(id.sigap.synthetic.internal.db.Tables.TRUTH)
                .where(id.sigap.synthetic.internal.db.Tables.TRUTH.RUN_ID.eq(run.id()))
                .fetch(id.sigap.synthetic.internal.db.Tables.TRUTH.PERSON_ID));
        List<Component> ofRun = networks.of(RegionScope.NATIONAL).components().stream()
                .filter(c -> c.members().stream().map(Member::personId).allMatch(generated::contains))
                .toList();
        Set<LinkKind> kinds = EnumSet.noneOf(LinkKind.class);
        ofRun.stream().filter(c -> c.caseCount() > 1).forEach(c -> c.links().forEach(l -> kinds.addAll(l.kinds())));
        assertThat(ofRun.stream().filter(c -> c.caseCount() > 1)).isNotEmpty();
        assertThat(kinds).contains(LinkKind.COMPANY, LinkKind.PHONE, LinkKind.CASE);
    }
}
