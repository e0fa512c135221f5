package id.sigap.cases.web;

import id.sigap.cases.internal.CaseAccess;
import id.sigap.cases.internal.PersonRegister;
import id.sigap.cases.internal.PersonRow;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Persons as JSON: fuzzy by name ({@code q}) or exact by NIK ({@code nik}), within the caller's scope. */
@ApiController
@RequestMapping("/api/v1/persons")
class PersonApi {

    private final PersonRegister persons;
    private final CaseAccess access;

    PersonApi(PersonRegister persons, CaseAccess access) {
        this.persons = persons;
        this.access = access;
    }

    @GetMapping
    Page<PersonRow> find(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String nik,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return persons.find(access.user(), q, nik, PageRequest.of(page, size));
    }
}
