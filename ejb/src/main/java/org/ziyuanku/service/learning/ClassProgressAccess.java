package org.ziyuanku.service.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ziyuanku.service.learning.internal.ClassStatisticsRepository;

/**
 * What contexts above learning (the gradebook) may ask it: a class's progress figures per ACTIVE learner, read with
 * the grouped queries of the class statistics. It checks no caller: the asking context decides who may see what,
 * with the account ids it got from {@code Caller}.
 */
@ApplicationScoped
public class ClassProgressAccess {

    @Inject
    private ClassStatisticsRepository repository;

    /** The class's statistics (every ACTIVE learner's progress and the number of items); empty for an unknown class. */
    public Optional<ClassStatisticsView> progress(long classId) {
        return repository.head(classId).map(repository::statistics);
    }
}
