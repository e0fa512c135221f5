package id.sigap.plans.internal;

import static id.sigap.plans.internal.AnnualReport.number;

import id.sigap.organization.Agencies;
import id.sigap.plans.Achievement;
import id.sigap.plans.ActionPlan;
import id.sigap.plans.Indicator;
import id.sigap.security.SigapUser;
import id.sigap.shared.pdf.PdfPages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The period (five-year) report of a plan: every indicator's target, achievement and percentage in each year of the
 * period, as PDF and XLSX (one row per indicator and year).
 */
@Service
public class PeriodReports {

    /** One indicator in one year of the period. */
    public record Line(String indicator, String unit, String agency, int year, Achievement achievement) {}

    public record PeriodReport(ActionPlan plan, List<Line> lines) {}

    private final PlanStore plans;
    private final PlanReader reader;
    private final Achievements achievements;
    private final Agencies agencies;

    PeriodReports(PlanStore plans, PlanReader reader, Achievements achievements, Agencies agencies) {
        this.plans = plans;
        this.reader = reader;
        this.achievements = achievements;
        this.agencies = agencies;
    }

    @Transactional(readOnly = true)
    public PeriodReport build(SigapUser user, long planId) {
        ActionPlan plan = plans.requireReadable(user, planId);
        List<Indicator> all = reader.tree(plan).indicators();
        Map<Integer, Map<Long, Achievement>> byYear = new HashMap<>();
        plan.years().forEach(y -> byYear.put(y, achievements.of(plan, all, y)));
        Map<Long, String> names = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (Indicator i : all) {
            String agency = names.computeIfAbsent(
                    i.responsibleAgencyId(),
                    id -> agencies.find(id).map(a -> a.name()).orElse("-"));
            for (int y : plan.years()) {
                lines.add(new Line(i.name(), i.unit(), agency, y, byYear.get(y).get(i.id())));
            }
        }
        return new PeriodReport(plan, lines);
    }

    public byte[] pdf(PeriodReport r, Function<String, String> label) {
        try (PdfPages pdf = new PdfPages()) {
            pdf.heading(label.apply("plans.period.title") + " " + r.plan().period(), 16);
            pdf.paragraph(r.plan().title(), 11, true);
            float w = pdf.width();
            float[] cols = {w * .4f, w * .1f, w * .2f, w * .08f, w * .07f, w * .08f, w * .07f};
            pdf.row(
                    cols,
                    new String[] {
                        label.apply("plans.annual.col.indicator"),
                        label.apply("plans.annual.col.unit"),
                        label.apply("plans.annual.col.agency"),
                        label.apply("plans.year"),
                        label.apply("plans.annual.col.target"),
                        label.apply("plans.annual.col.achieved"),
                        label.apply("plans.annual.col.percent")
                    },
                    8,
                    true);
            for (Line l : r.lines()) {
                pdf.row(
                        cols,
                        new String[] {
                            l.indicator(),
                            l.unit(),
                            l.agency(),
                            String.valueOf(l.year()),
                            number(l.achievement().target()),
                            number(l.achievement().achieved()),
                            number(l.achievement().percent())
                        },
                        8,
                        false);
            }
            return pdf.bytes();
        }
    }

    public byte[] xlsx(PeriodReport r, Function<String, String> label) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet(label.apply("plans.annual.sheet.achievements"));
            String[] head = {
                label.apply("plans.annual.col.indicator"),
                label.apply("plans.annual.col.unit"),
                label.apply("plans.annual.col.agency"),
                label.apply("plans.year"),
                label.apply("plans.annual.col.target"),
                label.apply("plans.annual.col.achieved"),
                label.apply("plans.annual.col.percent")
            };
            Row h = s.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            int n = 1;
            for (Line l : r.lines()) {
                Row x = s.createRow(n++);
                x.createCell(0).setCellValue(l.indicator());
                x.createCell(1).setCellValue(l.unit());
                x.createCell(2).setCellValue(l.agency());
                x.createCell(3).setCellValue(l.year());
                if (l.achievement().target() != null) {
                    x.createCell(4).setCellValue(l.achievement().target().doubleValue());
                }
                if (l.achievement().achieved() != null) {
                    x.createCell(5).setCellValue(l.achievement().achieved().doubleValue());
                }
                if (l.achievement().percent() != null) {
                    x.createCell(6).setCellValue(l.achievement().percent().doubleValue());
                }
            }
            s.setColumnWidth(0, 60 * 256);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
