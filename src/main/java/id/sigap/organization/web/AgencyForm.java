package id.sigap.organization.web;

import id.sigap.organization.Agency;
import id.sigap.organization.AgencyChange;
import id.sigap.organization.AgencyType;
import id.sigap.organization.Contact;
import id.sigap.organization.NewAgency;
import id.sigap.organization.OrgLevel;

/** The agency form as typed (text only, so bad input becomes field messages, never a server error). */
public record AgencyForm(
        String name,
        String shortName,
        String type,
        String level,
        String regionCode,
        String parentAgencyId,
        String address,
        String phone,
        String email,
        String website,
        String renamedOn,
        String version) {

    static AgencyForm empty() {
        return new AgencyForm(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static AgencyForm of(Agency a) {
        Contact c = a.contact();
        return new AgencyForm(
                a.name(),
                a.shortName(),
                a.type().name(),
                a.level().name(),
                a.regionCode(),
                a.parentAgencyId() == null ? null : a.parentAgencyId().toString(),
                c.address(),
                c.phone(),
                c.email(),
                c.website(),
                null,
                Integer.toString(a.version()));
    }

    NewAgency toNewAgency() {
        FormFields f = new FormFields();
        AgencyType t = f.choice("type", AgencyType.class, type);
        OrgLevel l = f.choice("level", OrgLevel.class, level);
        Long parent = f.id("parentAgencyId", parentAgencyId);
        return f.build(() -> new NewAgency(name, shortName, t, l, regionCode, parent, contact()));
    }

    AgencyChange toChange() {
        FormFields f = new FormFields();
        AgencyType t = f.choice("type", AgencyType.class, type);
        OrgLevel l = f.choice("level", OrgLevel.class, level);
        Long parent = f.id("parentAgencyId", parentAgencyId);
        var renamed = f.date("renamedOn", renamedOn);
        int v = f.version(version);
        return f.build(() -> new AgencyChange(name, shortName, t, l, regionCode, parent, contact(), renamed, v));
    }

    private Contact contact() {
        return new Contact(address, phone, email, website);
    }
}
