/*
 * The survey item form (WEB-INF/includes/surveyItemFields.xhtml) shows only the fields of the chosen kind: options
 * for single and multiple choice, "most choices" for multiple choice, the scale's top and labels for a scale. Fields
 * are hidden, never removed, so a posted form keeps its values; without JavaScript every field stays visible.
 */
(function () {
    'use strict';

    function apply(fieldset) {
        var select = fieldset.querySelector('select[id$="itemKind_input"]');
        if (!select) {
            return;
        }
        fieldset.querySelectorAll('[data-zyk-kinds]').forEach(function (field) {
            var shown = field.getAttribute('data-zyk-kinds').split(' ').indexOf(select.value) >= 0;
            field.style.display = shown ? '' : 'none';
        });
    }

    function applyAll() {
        document.querySelectorAll('.zyk-survey-item-fields').forEach(apply);
    }

    document.addEventListener('DOMContentLoaded', function () {
        applyAll();
        // PrimeFaces' selectOneMenu announces a new choice with a jQuery change event on its hidden select.
        if (window.jQuery) {
            window.jQuery(document).on('change', '.zyk-survey-item-fields select', applyAll);
        }
        document.addEventListener('change', applyAll);
    });
}());
