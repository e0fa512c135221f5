package id.sigap.organization;

/** Kinds of agencies that take part in preventing and handling trafficking. Labels: {@code agency.type.<NAME>}. */
public enum AgencyType {
    POLICE_UNIT,
    PROSECUTOR,
    COURT,
    UPTD_PPA,
    SOCIAL_SERVICE_SHELTER,
    HOSPITAL_HEALTH,
    LPSK,
    KP2MI_BP3MI,
    IMMIGRATION,
    MISSION_ABROAD,
    LABOUR_OFFICE,
    EDUCATION_OFFICE,
    VILLAGE_GOVERNMENT,
    NGO,
    INTERNATIONAL_ORGANISATION,
    TASKFORCE_SECRETARIAT,
    OTHER;

    public String labelKey() {
        return "agency.type." + name();
    }
}
