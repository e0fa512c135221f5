package id.sigap.cases.web;

import id.sigap.cases.internal.CaseAccess;
import id.sigap.cases.internal.PersonDetail;
import id.sigap.cases.internal.PersonRegister;
import id.sigap.cases.internal.PersonRow;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import id.sigap.shared.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Persons as JSON: fuzzy by name ({@code q}) or exact by NIK, passport or phone, within the caller's scope. */
@ApiController
@RequestMapping("/api/v1/persons")
class PersonApi {

    private final PersonRegister persons;
    private final CaseAccess access;

    PersonApi(PersonRegister persons, CaseAccess access) {
        this.persons = persons;
        this.access = access;
    }

    @GetMapping("/{id}")
    PersonDetail get(@PathVariable long id) {
        return persons.read(access.user(), id);
    }

    @PutMapping("/{id}")
    PersonRow update(@PathVariable long id, @RequestBody CaseApi.PersonRequest body) {
        if (body.version() == null) {
            throw new SigapException.Invalid("version", "person.version-required");
        }
        return persons.update(access.user(), id, body.version(), body.input());
    }

    @GetMapping
    Page<PersonRow> find(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String nik,
            @RequestParam(required = false) String passport,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return persons.find(
                access.user(), new PersonRegister.Lookup(q, nik, passport, phone), PageRequest.of(page, size));
    }
}
