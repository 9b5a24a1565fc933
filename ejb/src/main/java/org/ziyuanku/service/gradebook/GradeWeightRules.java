package org.ziyuanku.service.gradebook;

/** The rules of grade weights: four integers 0–100 that sum to 100, and a participation target of 1–1000 posts. */
final class GradeWeightRules {

    private GradeWeightRules() {
    }

    /** The weights in order progress, homework, discussion, exam, when the command keeps the rules. */
    static int[] checked(GradeWeightsCommand command) {
        Integer[] given = {command.progress(), command.homework(), command.discussion(), command.exam()};
        int sum = 0;
        int[] weights = new int[given.length];
        for (int i = 0; i < given.length; i++) {
            if (given[i] == null || given[i] < 0 || given[i] > 100) {
                throw new GradebookRefusedException(GradebookRefusedException.WEIGHTS);
            }
            weights[i] = given[i];
            sum += given[i];
        }
        if (sum != 100) {
            throw new GradebookRefusedException(GradebookRefusedException.SUM, Integer.toString(sum));
        }
        Integer target = command.discussionTarget();
        if (target == null || target < 1 || target > 1000) {
            throw new GradebookRefusedException(GradebookRefusedException.TARGET);
        }
        return weights;
    }
}
