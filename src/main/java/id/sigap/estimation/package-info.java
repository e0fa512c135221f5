/**
 * The dark figure: multiple systems estimation (MSE) of the total number of victims from the overlaps between
 * agencies' lists (issue 9). {@code engine}: the plain-Java method (capture histories, Poisson log-linear models,
 * existence and identifiability checks, stepwise/AIC/BIC selection, Wald, BCa and profile intervals, sensitivity
 * table), validated against the published results in {@code src/test/resources/estimation/mse}. {@code cli}: the
 * {@code ./sigap estimate} command. No tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Estimation")
package id.sigap.estimation;
