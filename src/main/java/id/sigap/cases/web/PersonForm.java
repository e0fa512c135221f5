package id.sigap.cases.web;

import id.sigap.cases.internal.PersonDetail;
import id.sigap.cases.internal.PersonInput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The person form as posted; text fields stay text so bad input becomes a field message, never a 400. */
public class PersonForm {

    private Integer version;
    private String role;
    private String roleInProcess;
    private String fullName;
    private String aliases;
    private String sex;
    private String birthDate;
    private String estimatedAge;
    private String nationality = "ID";
    private String education;
    private String occupation;
    private String disability;
    private String nik;
    private String passport;
    private String phone;
    private String address;

    static PersonForm of(PersonDetail d) {
        PersonForm f = new PersonForm();
        var p = d.person();
        f.version = p.version();
        f.fullName = p.fullName();
        f.aliases = p.aliases();
        f.sex = p.sex();
        f.birthDate = p.birthDate() == null ? null : p.birthDate().toString();
        f.estimatedAge = p.estimatedAge() == null ? null : p.estimatedAge().toString();
        f.nationality = p.nationality();
        f.education = p.education();
        f.occupation = p.occupation();
        f.disability = p.disability();
        f.nik = d.identifiers().nik();
        f.passport = d.identifiers().passport();
        f.phone = d.identifiers().phone();
        f.address = d.identifiers().address();
        return f;
    }

    PersonInput input() {
        return new PersonInput(
                fullName,
                Forms.blank(aliases),
                Forms.blank(sex),
                date(birthDate),
                number(estimatedAge),
                Forms.blank(nationality),
                Forms.blank(education),
                Forms.blank(occupation),
                Forms.blank(disability),
                null,
                Forms.blank(nik),
                Forms.blank(passport),
                Forms.blank(phone),
                Forms.blank(address));
    }

    private static LocalDate date(String s) {
        if (Forms.blank(s) == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new id.sigap.shared.SigapException.Invalid("birthDate", "person.birth-date-invalid");
        }
    }

    private static Integer number(String s) {
        if (Forms.blank(s) == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new id.sigap.shared.SigapException.Invalid("estimatedAge", "person.age-invalid");
        }
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer v) {
        version = v;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String v) {
        role = v;
    }

    public String getRoleInProcess() {
        return roleInProcess;
    }

    public void setRoleInProcess(String v) {
        roleInProcess = v;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String v) {
        fullName = v;
    }

    public String getAliases() {
        return aliases;
    }

    public void setAliases(String v) {
        aliases = v;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String v) {
        sex = v;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(String v) {
        birthDate = v;
    }

    public String getEstimatedAge() {
        return estimatedAge;
    }

    public void setEstimatedAge(String v) {
        estimatedAge = v;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String v) {
        nationality = v;
    }

    public String getEducation() {
        return education;
    }

    public void setEducation(String v) {
        education = v;
    }

    public String getOccupation() {
        return occupation;
    }

    public void setOccupation(String v) {
        occupation = v;
    }

    public String getDisability() {
        return disability;
    }

    public void setDisability(String v) {
        disability = v;
    }

    public String getNik() {
        return nik;
    }

    public void setNik(String v) {
        nik = v;
    }

    public String getPassport() {
        return passport;
    }

    public void setPassport(String v) {
        passport = v;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String v) {
        phone = v;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String v) {
        address = v;
    }
}
