package org.ziyuanku.web.console.teaching;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.exam.OfferingSelfTestView;
import org.ziyuanku.service.exam.PaperService;
import org.ziyuanku.service.exam.PaperView;
import org.ziyuanku.service.exam.SelfTestService;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.web.faces.RefusalMessages;
import org.ziyuanku.web.faces.RequestMark;

/**
 * The self-test (自测) item of an offering for its teachers (console/teaching/self-test.xhtml?id=…): its paper, and
 * a form that sets it from the papers of the course's library (a Faces POST; the service checks that the caller
 * teaches the offering and works in the paper's library). An item from the course shows that its team sets the paper.
 * Learners of the offering and teachers of other offerings get the 403 page, anybody else 404.
 */
@Named
@ViewScoped
public class TeachingSelfTestBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SelfTestService selfTests;

    @EJB
    private PaperService papers;

    private String id;
    private final RequestMark read = new RequestMark();
    private transient OfferingSelfTestView item;
    private transient List<PaperView> libraryPapers;
    private Long paperId;

    public void load() {
        long itemId = TeachingPages.id(id);
        item = RefusalMessages.load(() -> selfTests.offeringSelfTest(itemId));
        try {
            libraryPapers = papers.list(item.libraryId());
        } catch (RefusedException | AccessDeniedException e) {
            libraryPapers = List.of();
        }
        if (paperId == null) {
            paperId = item.paperId();
        }
        read.mark();
    }

    /** Sets the chosen paper; none chosen is an error message and nothing changes. */
    public void save() {
        loaded();
        if (paperId == null) {
            Messages.addGlobalError("teaching.selfTest.choose");
            return;
        }
        RefusalMessages.change(() -> selfTests.setOfferingPaper(item.itemId(), paperId), "teaching.selfTest.saved");
        load();
    }

    /** The title of the item's paper, "#id" for one of another library, empty when none is set. */
    public String getPaperTitle() {
        loaded();
        if (item.paperId() == null) {
            return "";
        }
        return libraryPapers.stream().filter(p -> p.id() == item.paperId()).map(PaperView::title).findFirst()
                .orElse("#" + item.paperId());
    }

    public OfferingSelfTestView getItem() {
        loaded();
        return item;
    }

    /** The papers offered; read on a postback too, before its validation needs them. */
    public List<PaperView> getPapers() {
        loaded();
        return libraryPapers;
    }

    /** Reads the item unless done in this request. */
    private void loaded() {
        if (!read.marked()) {
            load();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getPaperId() {
        return paperId;
    }

    public void setPaperId(Long paperId) {
        this.paperId = paperId;
    }
}
