package id.sigap.organization;

import id.sigap.shared.SigapException.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** How to reach an agency (an office, never a person). All parts optional. */
public record Contact(String address, String phone, String email, String website) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+()\\-. ]{4,40}$");

    public static final Contact NONE = new Contact(null, null, null, null);

    public Contact {
        address = Texts.clean(address);
        phone = Texts.clean(phone);
        email = Texts.clean(email);
        website = Texts.clean(website);
    }

    List<FieldProblem> problems() {
        List<FieldProblem> out = new ArrayList<>();
        if (address != null && address.length() > 500) {
            out.add(new FieldProblem("address", "field.size"));
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            out.add(new FieldProblem("phone", "field.pattern"));
        }
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            out.add(new FieldProblem("email", "field.email"));
        }
        if (website != null
                && (website.length() > 300 || !(website.startsWith("https://") || website.startsWith("http://")))) {
            out.add(new FieldProblem("website", "agency.website-invalid"));
        }
        return out;
    }
}
