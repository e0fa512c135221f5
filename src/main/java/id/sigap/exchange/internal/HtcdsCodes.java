package id.sigap.exchange.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sigap's codes and their HTCDS 2.0 values (picklist value names of field-standards-2.0.ods). Export maps Sigap → HTCDS;
 * import maps HTCDS → Sigap, accepting the spellings of field-definitions.md too (e.g. {@code RestrictsMovement}).
 * Mappings that lose detail are listed in docs/htcds-exchange.md.
 */
public final class HtcdsCodes {

    private HtcdsCodes() {}

    public static final String MULTI = ";";

    /** person.sex → prs_Gender. */
    public static final Map<String, String> GENDER = Map.of("F", "Feminine", "M", "Masculine");

    public static final String GENDER_UNKNOWN = "NonSpecifiedUnknown";

    /** case status → cas_Status. */
    public static final Map<String, String> STATUS =
            Map.of("OPEN", "Active", "IN_HANDLING", "Active", "REOPENED", "Active", "CLOSED", "Closed");

    /** PURPOSE element → vic_TypeOfExploitation. */
    public static final Map<String, String> EXPLOITATION = ordered(
            "PROSTITUTION", "SexualExploitation",
            "SEXUAL_EXPLOITATION", "SexualExploitation",
            "REPRODUCTIVE_USE", "SexualExploitation",
            "FORCED_LABOUR", "ForcedLabour",
            "LABOUR_FOR_PROFIT", "ForcedLabour",
            "SLAVERY", "Servitude",
            "ORGAN_REMOVAL", "OrganRemoval",
            "FORCED_MARRIAGE", "ForcedMarriage",
            "OPPRESSION_EXTORTION", "Other",
            "FORCED_CRIMINALITY", "Other");

    /** vic_TypeOfExploitation → PURPOSE element on import (the first Sigap code of each HTCDS value, plus the rest). */
    public static final Map<String, String> EXPLOITATION_IN = ordered(
            "SexualExploitation", "SEXUAL_EXPLOITATION",
            "ForcedLabour", "FORCED_LABOUR",
            "ChildLabour", "FORCED_LABOUR",
            "Servitude", "SLAVERY",
            "OrganRemoval", "ORGAN_REMOVAL",
            "ForcedMarriage", "FORCED_MARRIAGE",
            "ForcedBegging", "LABOUR_FOR_PROFIT",
            "ForcedAdoption", "OPPRESSION_EXTORTION",
            "ForcedMilitaryByNonStateActors", "FORCED_LABOUR",
            "Surrogacy", "REPRODUCTIVE_USE",
            "Other", "OPPRESSION_EXTORTION");

    /** PROSTITUTION → vic_TypeOfSexExploitation. */
    public static final Map<String, String> SEX_EXPLOITATION = Map.of("PROSTITUTION", "Prostitution");

    /** CONTROL element → vic_MethodsOfControl. */
    public static final Map<String, String> CONTROL = ordered(
            "DEBT_BONDAGE", "DebtBondage",
            "TAKES_EARNINGS", "TakesEarnings",
            "RESTRICTS_FINANCIAL_ACCESS", "RestrictsFinancialAccess",
            "THREATS", "PhysicalThreats",
            "PSYCHOLOGICAL_ABUSE", "PsychologicalAbuse",
            "PHYSICAL_ABUSE", "PhysicalAbuse",
            "SEXUAL_ABUSE", "SexualAbuse",
            "FALSE_PROMISES", "FalsePromises",
            "PSYCHOACTIVE_SUBSTANCES", "PsychoactiveSubstance",
            "RESTRICTS_MOVEMENT", "Other",
            "RESTRICTS_MEDICAL_CARE", "RestrictsMedicalCare",
            "EXCESSIVE_WORKING_HOURS", "ExcessiveWorkingHours",
            "USES_CHILDREN", "ThreatensChildrenFamily",
            "THREAT_OF_LAW_ENFORCEMENT", "ThreatsLawEnforcement",
            "WITHHOLDS_NECESSITIES", "WithholdsNecessities",
            "WITHHOLDS_DOCUMENTS", "WithholdsDocuments",
            "OTHER", "Other");

    /** vic_MethodsOfControl → CONTROL element, with the spellings of field-definitions.md. */
    public static final Map<String, String> CONTROL_IN = controlIn();

    /**
     * Victim's recruitment channel (cases CHANNEL list) → vic_MethodOfRecruitment (HTCDS 2.0 picklist, draft). HTCDS
     * has no value for a calo/sponsor, an intimate partner or an abduction (Other), does not tell licensed from
     * unlicensed placement companies (both AtAPlaceOfBusiness) nor messaging apps from social networks; UNKNOWN is
     * left empty.
     */
    public static final Map<String, String> CHANNEL = ordered(
            "FAMILY", "ThroughFamilyOrFamilyEvents",
            "ACQUAINTANCE", "ThroughFriendsOrSocialEvents",
            "INTIMATE_PARTNER", "Other",
            "SPONSOR_OR_LOCAL_BROKER", "Other",
            "AGENCY_LICENSED", "AtAPlaceOfBusiness",
            "AGENCY_UNLICENSED", "AtAPlaceOfBusiness",
            "SOCIAL_MEDIA", "ThroughOnlineSocialNetworks",
            "MESSAGING_APP", "ThroughOnlineSocialNetworks",
            "ONLINE_JOB_AD", "ThroughAnOnlineAdvertisement",
            "PRINT_OR_BROADCAST_AD", "ThroughANewspaperAdvert",
            "EDUCATIONAL_INSTITUTION", "AtAnEducationalInstitution",
            "WORKPLACE", "AtWork",
            "ABDUCTION", "Other",
            "OTHER", "Other");

    /** vic_MethodOfRecruitment → CHANNEL code on import (a multiselect in HTCDS: the first value is kept). */
    public static final Map<String, String> CHANNEL_IN = ordered(
            "AtAPlaceOfBusiness", "WORKPLACE",
            "AtAnEducationalInstitution", "EDUCATIONAL_INSTITUTION",
            "AtWork", "WORKPLACE",
            "ThroughOnlineSocialNetworks", "SOCIAL_MEDIA",
            "ThroughAnOnlineAdvertisement", "ONLINE_JOB_AD",
            "ThroughATelevisionAdvert", "PRINT_OR_BROADCAST_AD",
            "ThroughANewspaperAdvert", "PRINT_OR_BROADCAST_AD",
            "ThroughFamilyOrFamilyEvents", "FAMILY",
            "ThroughFriendsOrSocialEvents", "ACQUAINTANCE",
            "Other", "OTHER");

    /** Victim role → vic_TraffickingStatus. */
    public static final String VICTIM_STATUS = "ActualVictimOfTrafficking";

    public static final List<String> VICTIM_STATUS_IN =
            List.of("ActualVictimOfTrafficking", "PossibleVictimOfTrafficking");

    private static Map<String, String> controlIn() {
        Map<String, String> in = new LinkedHashMap<>();
        CONTROL.forEach((sigap, htcds) -> in.putIfAbsent(htcds, sigap));
        in.put("Other", "OTHER");
        in.put("RestrictsMovement", "RESTRICTS_MOVEMENT");
        in.put("Threats", "THREATS");
        in.put("ThreatOfLawEnforcement", "THREAT_OF_LAW_ENFORCEMENT");
        in.put("PsychoactiveSubstances", "PSYCHOACTIVE_SUBSTANCES");
        return Map.copyOf(in);
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
