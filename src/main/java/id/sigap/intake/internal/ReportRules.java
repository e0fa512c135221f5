package id.sigap.intake.internal;

import id.sigap.intake.Channel;
import id.sigap.intake.NewReport;
import id.sigap.intake.QuickChoice;
import id.sigap.intake.ReportInput;
import id.sigap.intake.ReporterType;
import id.sigap.intake.Sex;
import id.sigap.region.RegionCodes;
import id.sigap.region.Regions;
import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Checks a typed report and collects every problem at once, each with a readable code. */
@Component
class ReportRules {

    static final int MAX_DESCRIPTION = 5000;
    static final int MAX_NAME = 200;
    static final int MAX_PLACE = 300;
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,30}$");

    private final Regions regions;

    ReportRules(Regions regions) {
        this.regions = regions;
    }

    NewReport check(ReportInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        Channel channel = choice(Channel.class, in.channel(), "channel", true, problems);
        ReporterType reporter = choice(ReporterType.class, in.reporterType(), "reporterType", false, problems);
        Sex sex = choice(Sex.class, in.personSex(), "personSex", false, problems);
        String region = blankToNull(in.regionCode());
        if (region != null && (!RegionCodes.isWellFormed(region) || !regions.exists(region))) {
            problems.add(new FieldProblem("regionCode", "report.region-unknown"));
        }
        String country = blankToNull(in.countryIso2());
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (country.equals("ID")) {
                country = null;
            } else if (country.length() != 2 || regions.country(country).isEmpty()) {
                problems.add(new FieldProblem("countryIso2", "report.country-unknown"));
            }
        }
        if (region == null && country == null) {
            problems.add(new FieldProblem("regionCode", "report.place-required"));
        }
        Integer age = age(in.personAge(), problems);
        Set<QuickChoice> choices = EnumSet.noneOf(QuickChoice.class);
        for (String c : in.quickChoices()) {
            try {
                choices.add(QuickChoice.valueOf(c));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(new FieldProblem("quickChoices", "report.choice-unknown"));
                break;
            }
        }
        String description = blankToNull(in.description());
        if (description == null) {
            problems.add(new FieldProblem("description", "report.description-required"));
        }
        length("description", description, MAX_DESCRIPTION, problems);
        length("place", in.place(), MAX_PLACE, problems);
        length("personName", in.personName(), MAX_NAME, problems);
        length("reporterName", in.reporterName(), MAX_NAME, problems);
        String phone = blankToNull(in.reporterPhone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new FieldProblem("reporterPhone", "report.phone"));
        }
        if (!problems.isEmpty()) {
            throw new SigapException.Invalid(problems);
        }
        return new NewReport(
                channel,
                reporter == null ? ReporterType.ANONYMOUS : reporter,
                region,
                country,
                blankToNull(in.place()),
                blankToNull(in.personName()),
                age,
                sex == null ? Sex.UNKNOWN : sex,
                choices,
                description,
                blankToNull(in.reporterName()),
                phone,
                in.consentToContact() && phone != null);
    }

    private static Integer age(String typed, List<FieldProblem> problems) {
        String s = blankToNull(typed);
        if (s == null) {
            return null;
        }
        try {
            int age = Integer.parseInt(s);
            if (age >= 0 && age <= 120) {
                return age;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem("personAge", "report.age"));
        return null;
    }

    private static <E extends Enum<E>> E choice(
            Class<E> type, String value, String field, boolean required, List<FieldProblem> problems) {
        String s = blankToNull(value);
        if (s == null) {
            if (required) {
                problems.add(new FieldProblem(field, "report.required"));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "report.choice-unknown"));
            return null;
        }
    }

    private static void length(String field, String value, int max, List<FieldProblem> problems) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "report.too-long", max));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
