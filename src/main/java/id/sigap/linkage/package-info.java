/**
 * Person linkage: clusters of records (victims, witnesses, suspects, reporters registered by different agencies) that
 * describe one human being. The engine ({@code engine}) is a plain library without Spring: Indonesian name
 * normalisation, blocking keys, field comparisons, Fellegi–Sunter scoring with m and u estimated by EM, and clustering
 * that resists chaining. {@code ./sigap link} runs it on CSV files outside the database. Schema {@code linkage}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Linkage")
package id.sigap.linkage;
