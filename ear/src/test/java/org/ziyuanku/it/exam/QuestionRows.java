package org.ziyuanku.it.exam;

/** What the exam ITs read and delete in the question bank's tables. */
final class QuestionRows {

    static final String COUNT_BY_AUTHOR = "select count(*) from question where parent_id is null and author_id ="
            + " (select id from user_account where username = ?)";
    static final String DELETE_BY_AUTHOR = "delete from question where author_id ="
            + " (select id from user_account where username = ?)";

    private QuestionRows() {
    }
}
