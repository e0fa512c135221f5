package id.sigap.support;

import id.sigap.cases.PersonRole;
import java.util.List;

/** The service plan of a case: per victim and witness, their service items. */
public record ServicePlan(long caseId, String caseNumber, String regionCode, List<PersonPlan> persons) {

    public ServicePlan {
        persons = List.copyOf(persons);
    }

    public long overdueCount() {
        return persons.stream()
                .flatMap(p -> p.items().stream())
                .filter(ServiceItem::overdue)
                .count();
    }

    /** One person's items; {@code role} and {@code displayName} are null for a person no longer in the case. */
    public record PersonPlan(
            long personId, PersonRole role, boolean child, String displayName, List<ServiceItem> items) {

        public PersonPlan {
            items = List.copyOf(items);
        }
    }
}
