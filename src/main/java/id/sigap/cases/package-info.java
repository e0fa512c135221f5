/**
 * Case files: persons in their roles (victim, witness, reporter, suspect), the elements of UU 21/2007, modus and
 * forms of exploitation, route, the criminal-justice chain, lifecycle, attachments. Schema {@code cases}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package id.sigap.cases;
