package id.sigap.networks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.cases.SuspectLinks.SuspectInCase;
import id.sigap.cases.SuspectLinks.TransitStop;
import id.sigap.networks.SuspectAttributes.Kind;
import id.sigap.networks.internal.AttributeStore.AttributeKey;
import id.sigap.networks.internal.NetworkGraph.Component;
import id.sigap.networks.internal.NetworkGraph.Snapshot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkGraphTest {

    private static SuspectInCase s(long person, long caseId, String region, String phone, String address) {
        return new SuspectInCase(person, caseId, "K-" + caseId, region, "Tersangka " + person, phone, address);
    }

    @Test
    void shared_values_and_cases_join_suspects_and_the_bridge_is_the_most_central() {
        // case 10: 1 and 2; case 20: 3 and 4; 2 and 3 share a phone; 5 is alone; 6 and 7 share an address
        List<SuspectInCase> suspects = List.of(
                s(1, 10, "53.71", null, null),
                s(2, 10, "53.71", "P", null),
                s(3, 20, "21.71", "P", null),
                s(4, 20, "21.71", null, null),
                s(5, 30, "32.01", null, null),
                s(6, 40, "32.01", null, "A"),
                s(7, 50, "32.02", null, "A"));
        Snapshot snap = NetworkGraph.build(suspects, List.of(), List.of());
        assertThat(snap.suspects()).isEqualTo(7);
        assertThat(snap.components()).hasSize(2);
        Component big = snap.components().getFirst();
        assertThat(big.id()).isEqualTo(1);
        assertThat(big.size()).isEqualTo(4);
        assertThat(big.caseCount()).isEqualTo(2);
        assertThat(big.provinces()).containsExactly("21", "53");
        assertThat(big.top().personId()).isIn(2L, 3L);
        assertThat(big.top().betweenness()).isGreaterThan(0.0);
        assertThat(big.members().getFirst().betweenness()).isZero();
        assertThat(snap.byPerson()).doesNotContainKey(5L);
        assertThat(snap.component(6)).isPresent();
        assertThat(snap.component(7)).isEmpty();
        assertThat(snap.components().get(1).links().getFirst().kinds()).containsExactly(LinkKind.ADDRESS);
    }

    @Test
    void attributes_count_only_for_the_case_they_were_recorded_in_and_transit_points_never_join() {
        List<SuspectInCase> suspects = List.of(
                s(1, 10, "53.71", null, null),
                s(2, 20, "53.71", null, null),
                s(3, 30, "53.71", null, null),
                s(4, 40, "53.71", null, null));
        List<AttributeKey> attributes = List.of(
                new AttributeKey(10, 1, Kind.BANK_ACCOUNT, "B"),
                new AttributeKey(20, 2, Kind.BANK_ACCOUNT, "B"),
                // recorded in a case not in view: ignored
                new AttributeKey(99, 3, Kind.BANK_ACCOUNT, "B"));
        List<TransitStop> transits = List.of(
                new TransitStop(10, "21.71|batu ampar", "Batu Ampar"),
                new TransitStop(20, "21.71|batu ampar", "Batu Ampar"),
                new TransitStop(40, "21.71|batu ampar", "Batu Ampar"));
        Snapshot snap = NetworkGraph.build(suspects, attributes, transits);
        assertThat(snap.components()).hasSize(1);
        Component c = snap.components().getFirst();
        assertThat(c.members()).extracting(NetworkGraph.Member::personId).containsExactly(1L, 2L);
        assertThat(c.links()).hasSize(1);
        assertThat(c.links().getFirst().kinds()).containsExactlyInAnyOrder(LinkKind.BANK_ACCOUNT, LinkKind.TRANSIT);
        assertThat(c.links().getFirst().places()).containsExactly("Batu Ampar");
    }

    @Test
    void a_value_shared_by_many_joins_them_as_a_star() {
        List<SuspectInCase> suspects = new ArrayList<>();
        for (long p = 1; p <= 40; p++) {
            suspects.add(s(p, 100 + p, "53.71", "SAME", null));
        }
        Snapshot snap = NetworkGraph.build(suspects, List.of(), List.of());
        Component c = snap.components().getFirst();
        assertThat(c.size()).isEqualTo(40);
        assertThat(c.links()).hasSize(39);
        assertThat(c.top().personId()).isEqualTo(1);
        assertThat(c.top().degree()).isEqualTo(1.0);
        assertThat(NetworkGraph.pairs(List.of(1L, 2L, 3L))).hasSize(3);
    }
}
