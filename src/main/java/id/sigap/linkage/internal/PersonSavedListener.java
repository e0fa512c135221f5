package id.sigap.linkage.internal;

import id.sigap.cases.PersonSaved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Links every person saved through the case file page, the API or the import once the save is committed, in the
 * saving thread (so that the cluster is there when the response is). A failure to link never undoes the save: it is
 * logged by kind only, and the next relink links the person.
 */
@Component
class PersonSavedListener {

    private static final Logger LOG = LoggerFactory.getLogger(PersonSavedListener.class);

    private final IncrementalLinker linker;

    PersonSavedListener(IncrementalLinker linker) {
        this.linker = linker;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PersonSaved saved) {
        try {
            linker.link(saved.personId());
        } catch (RuntimeException e) {
            LOG.warn(
                    "Linking a saved person failed ({}); the next relink links it",
                    e.getClass().getSimpleName());
        }
    }
}
