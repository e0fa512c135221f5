package id.sigap.exchange.internal;

import static id.sigap.exchange.internal.HtcdsFields.*;

import id.sigap.cases.CaseExchange;
import id.sigap.cases.CaseExchange.ExchangeCase;
import id.sigap.cases.CaseExchange.ExchangeVictim;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * The HTCDS records of the cases of a region and year: one record per victim of a case (a case without victims gives
 * one record with the case fields only). Access and audit are decided by the caller.
 */
@Service
public class HtcdsExport {

    private final CaseExchange cases;

    HtcdsExport(CaseExchange cases) {
        this.cases = cases;
    }

    public List<Map<String, String>> records(String regionCode, int year, boolean identifiers) {
        List<Map<String, String>> out = new ArrayList<>();
        for (ExchangeCase c : cases.casesOf(regionCode, year, identifiers)) {
            if (c.victims().isEmpty()) {
                out.add(caseFields(c, identifiers));
            }
            for (ExchangeVictim v : c.victims()) {
                Map<String, String> r = caseFields(c, identifiers);
                r.put(GENDER, v.sex() == null ? HtcdsCodes.GENDER_UNKNOWN : HtcdsCodes.GENDER.get(v.sex()));
                r.put(CITIZENSHIP, Objects.toString(v.nationality(), ""));
                r.put(TRAFFICKING_STATUS, HtcdsCodes.VICTIM_STATUS);
                r.put(AGE, v.ageAtCase() == null ? "" : v.ageAtCase().toString());
                r.put(
                        RECRUITMENT,
                        v.recruitmentChannel() == null
                                ? ""
                                : HtcdsCodes.CHANNEL.getOrDefault(v.recruitmentChannel(), ""));
                if (identifiers && v.identity() != null) {
                    String name = v.identity().fullName().strip();
                    int space = name.indexOf(' ');
                    r.put(FIRST_NAME, space < 0 ? name : name.substring(0, space));
                    r.put(SECOND_NAME, space < 0 ? "" : name.substring(space + 1));
                    r.put(BIRTHDATE, Objects.toString(v.identity().birthDate(), ""));
                    r.put(IDENTITY_NUMBER, Objects.toString(v.identity().nik(), ""));
                    r.put(MOBILE, Objects.toString(v.identity().phone(), ""));
                }
                out.add(r);
            }
        }
        return out;
    }

    private static Map<String, String> caseFields(ExchangeCase c, boolean identifiers) {
        Map<String, String> r = new LinkedHashMap<>();
        columns(identifiers).forEach(f -> r.put(f, ""));
        r.put(CASE_ID, c.caseNumber());
        r.put(STATUS, HtcdsCodes.STATUS.get(c.status().name()));
        r.put(REGION, c.regionCode());
        r.put(OPENED, c.openedOn().toString());
        r.put(CLOSED, Objects.toString(c.closedOn(), ""));
        r.put(EXPLOITATION, join(c.purposes(), HtcdsCodes.EXPLOITATION));
        r.put(SEX_EXPLOITATION, join(c.purposes(), HtcdsCodes.SEX_EXPLOITATION));
        r.put(CONTROL, join(c.controls(), HtcdsCodes.CONTROL));
        return r;
    }

    private static String join(java.util.Set<String> codes, Map<String, String> mapping) {
        TreeSet<String> values = new TreeSet<>();
        codes.stream().map(mapping::get).filter(Objects::nonNull).forEach(values::add);
        return String.join(HtcdsCodes.MULTI, values);
    }
}
