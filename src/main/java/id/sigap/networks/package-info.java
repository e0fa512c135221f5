/**
 * Perpetrator networks (issue 6): a graph of suspects and what they share (phone numbers and addresses from cases'
 * identifiers, social-media accounts, bank accounts, recruitment companies and vehicles recorded here, co-suspects in
 * a case, and transit points of the cases' routes). Connected components are candidate syndicates; betweenness and
 * degree centrality (JGraphT) point at the organisers. Computed on demand per access scope, so a record outside the
 * user's scope never becomes a node, an edge or a count. Page {@code /jejaring}, API {@code /api/v1/networks}.
 * Schema {@code networks}: the recorded attributes, sealed with cases' {@link id.sigap.cases.SensitiveValues}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Networks")
package id.sigap.networks;
