package org.ziyuanku.web.console.graph;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.graph.ResourceTagView;
import org.ziyuanku.service.system.RefusedException;

/**
 * What the tag forms (双向标注) of resources ({@code ResourceTagsBean}) and of course items and questions
 * ({@link ItemTagsBean}) share: adding the library's point of the name typed, removing a tag, and their messages.
 * Each returns the tags afterwards, or nothing when it changed nothing (the message says why).
 */
public abstract class PointTagForm {

    /** Tags with the point of the name typed: {@code pointNamed} finds it, {@code tag} tags with its node id. */
    protected Optional<List<ResourceTagView>> addNamed(String typed,
            Function<String, Optional<ResourceTagView>> pointNamed, LongFunction<List<ResourceTagView>> tag) {
        String wanted = typed == null ? "" : typed.strip();
        if (wanted.isEmpty()) {
            Messages.addGlobalError("resource.tags.nameRequired");
            return Optional.empty();
        }
        try {
            Optional<ResourceTagView> point = pointNamed.apply(wanted);
            if (point.isEmpty()) {
                Messages.addGlobalError("resource.tags.unknown", wanted);
                return Optional.empty();
            }
            List<ResourceTagView> after = tag.apply(point.get().nodeId());
            Messages.addGlobalInfo("resource.tags.added", wanted);
            return Optional.of(after);
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
            return Optional.empty();
        }
    }

    /** Removes a tag through {@code untag}. */
    protected Optional<List<ResourceTagView>> removed(Supplier<List<ResourceTagView>> untag) {
        try {
            List<ResourceTagView> after = untag.get();
            Messages.addGlobalInfo("resource.tags.removed");
            return Optional.of(after);
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
            return Optional.empty();
        }
    }
}
