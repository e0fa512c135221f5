package id.sigap.exchange.internal;

import java.util.List;

/** The columns of an HTCDS exchange file: HTCDS 2.0 field names, plus Sigap extensions prefixed {@code x_sigap_}. */
public final class HtcdsFields {

    private HtcdsFields() {}

    public static final String CASE_ID = "cas_CaseNumber";
    public static final String STATUS = "cas_Status";
    public static final String REGION = "x_sigap_RegionCode";
    public static final String OPENED = "x_sigap_OpenedDate";
    public static final String CLOSED = "x_sigap_ClosedDate";
    public static final String GENDER = "prs_Gender";
    public static final String CITIZENSHIP = "prs_Citizenship";
    public static final String TRAFFICKING_STATUS = "vic_TraffickingStatus";
    public static final String AGE = "vic_AgeWhenTrafficked";
    public static final String EXPLOITATION = "vic_TypeOfExploitation";
    public static final String SEX_EXPLOITATION = "vic_TypeOfSexExploitation";
    public static final String CONTROL = "vic_MethodsOfControl";
    /** Per victim; added after the first release of the export, so it is the last basic column. */
    public static final String RECRUITMENT = "vic_MethodOfRecruitment";

    public static final String FIRST_NAME = "prs_FirstName";
    public static final String SECOND_NAME = "prs_SecondName";
    public static final String BIRTHDATE = "prs_Birthdate";
    public static final String IDENTITY_NUMBER = "prs_IdentityNumber";
    public static final String MOBILE = "prs_MobilePhone";

    /** Columns without personal identifiers. */
    public static final List<String> BASIC = List.of(
            CASE_ID,
            STATUS,
            REGION,
            OPENED,
            CLOSED,
            GENDER,
            CITIZENSHIP,
            TRAFFICKING_STATUS,
            AGE,
            EXPLOITATION,
            SEX_EXPLOITATION,
            CONTROL,
            RECRUITMENT);

    /** Personal identifiers: only for an authorised user who asks for them. */
    public static final List<String> IDENTIFIERS = List.of(FIRST_NAME, SECOND_NAME, BIRTHDATE, IDENTITY_NUMBER, MOBILE);

    public static List<String> columns(boolean identifiers) {
        if (!identifiers) {
            return BASIC;
        }
        var all = new java.util.ArrayList<>(BASIC);
        all.addAll(IDENTIFIERS);
        return List.copyOf(all);
    }
}
