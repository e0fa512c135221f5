/** The signed-in home page and demo data for a first look around. No tables of its own. */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package id.sigap.portal;
