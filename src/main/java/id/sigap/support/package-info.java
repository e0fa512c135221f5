/**
 * Integrated services for victims and witnesses (Permen PPPA 8/2021): the service plan per person with the statutory
 * 7-day deadlines (UU 21/2007 Pasal 52/53), referrals between agencies with consent, the access they grant
 * (to the referred persons' services only, never to the case file), the work inbox and the service directory. Schema {@code support}.
 *
 * <p>SPI for other modules: {@link id.sigap.support.InboxSource}: a module that has work for a user (plans: the
 * follow-up actions of meetings owned by the user's agency) implements it as a Spring bean; its entries and counts
 * join the work inbox and its badge. Support never depends on the implementer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support")
package id.sigap.support;
