package org.ziyuanku.web.console.review;

import java.io.Serializable;
import org.ziyuanku.domain.review.SensitiveWordCategory;
import org.ziyuanku.domain.review.SensitiveWordSeverity;

/** The sensitive-word page's fields: the filter (from the page's parameters) and the word to add. */
public class SensitiveWordFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String q;
    private SensitiveWordCategory category;
    private SensitiveWordSeverity severity;
    private Integer page;
    private String newWord;
    private SensitiveWordCategory newCategory;
    private SensitiveWordSeverity newSeverity;

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null || q.isBlank() ? null : q.strip();
    }

    public SensitiveWordCategory getCategory() {
        return category;
    }

    public void setCategory(SensitiveWordCategory category) {
        this.category = category;
    }

    public SensitiveWordSeverity getSeverity() {
        return severity;
    }

    public void setSeverity(SensitiveWordSeverity severity) {
        this.severity = severity;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page == null || page < 0 ? null : page;
    }

    public String getNewWord() {
        return newWord;
    }

    public void setNewWord(String newWord) {
        this.newWord = newWord;
    }

    public SensitiveWordCategory getNewCategory() {
        return newCategory;
    }

    public void setNewCategory(SensitiveWordCategory newCategory) {
        this.newCategory = newCategory;
    }

    public SensitiveWordSeverity getNewSeverity() {
        return newSeverity;
    }

    public void setNewSeverity(SensitiveWordSeverity newSeverity) {
        this.newSeverity = newSeverity;
    }
}
