package id.sigap.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClustersTest {

    /** Records 0–2 are one person, 3–5 another; 2 and 3 share something (a phone) and look alike. */
    private static double probability(int a, int b) {
        boolean sameGroup = a / 3 == b / 3;
        if (sameGroup) {
            return 0.99;
        }
        return Math.min(a, b) == 2 && Math.max(a, b) == 3 ? 0.95 : 0.01;
    }

    private final List<Clusters.Link> links = List.of(
            new Clusters.Link(0, 1, 0.99),
            new Clusters.Link(1, 2, 0.99),
            new Clusters.Link(3, 4, 0.99),
            new Clusters.Link(4, 5, 0.99),
            new Clusters.Link(2, 3, 0.95));

    @Test
    void a_single_link_does_not_glue_two_strong_clusters() {
        int[] cluster = Clusters.of(6, links, 0.5, ClustersTest::probability, (a, b) -> 1);
        assertThat(cluster).containsExactly(0, 0, 0, 3, 3, 3);
    }

    @Test
    void plain_connected_components_would_have_chained_them() {
        // the same links with the average rule switched off (threshold 0) chain into one cluster
        int[] cluster = Clusters.of(6, links, 0.0, ClustersTest::probability, (a, b) -> 1);
        assertThat(Clusters.count(cluster)).isEqualTo(1);
    }

    @Test
    void a_record_joins_a_cluster_it_resembles_as_a_whole() {
        List<Clusters.Link> chain = List.of(new Clusters.Link(0, 1, 0.99), new Clusters.Link(1, 2, 0.97));
        int[] cluster = Clusters.of(3, chain, 0.5, (a, b) -> 0.9, (a, b) -> 1);
        assertThat(cluster).containsExactly(0, 0, 0);
    }

    @Test
    void pairs_that_may_not_link_are_left_out_of_the_average() {
        // sources 0,0,1: records 0 and 1 are never compared with each other
        int[] source = {0, 0, 1};
        List<Clusters.Link> cross = List.of(new Clusters.Link(0, 2, 0.99), new Clusters.Link(1, 2, 0.98));
        int[] cluster = Clusters.of(
                3, cross, 0.5, (a, b) -> source[a] == source[b] ? 0.0 : 0.98, (a, b) -> source[a] != source[b] ? 1 : 0);
        assertThat(cluster).containsExactly(0, 0, 0);
    }
}
