/* Renders TeX formulas, written \( … \) or $$ … $$, in elements of class zyk-tex with KaTeX (bundled in the war). */
document.addEventListener('DOMContentLoaded', function () {
    if (typeof renderMathInElement !== 'function') {
        return;
    }
    document.querySelectorAll('.zyk-tex').forEach(function (element) {
        renderMathInElement(element, {
            delimiters: [
                {left: '$$', right: '$$', display: true},
                {left: '\\(', right: '\\)', display: false},
                {left: '\\[', right: '\\]', display: true}
            ],
            throwOnError: false
        });
    });
});
