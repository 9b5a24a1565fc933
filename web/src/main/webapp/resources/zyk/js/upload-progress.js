/* Upload forms (class zyk-upload-form) send their files with XMLHttpRequest so a progress bar can show how much has
   gone; the server's answer is the same full page a normal submit would show. */
(function () {
    "use strict";

    /* The answer's scripts carry the nonce of the answer's own Content-Security-Policy, but the page written over
       keeps the policy it was loaded with: give them this page's nonce. Only the random nonce the server issued is
       swapped, so markup that smuggled in a nonce attribute of its own stays blocked. */
    function withPageNonce(request) {
        var issued = /'nonce-([^']+)'/.exec(request.getResponseHeader("Content-Security-Policy") || "");
        var current = window.PrimeFaces && window.PrimeFaces.csp ? window.PrimeFaces.csp.NONCE_VALUE : "";
        if (!issued || !current) {
            return request.responseText;
        }
        return request.responseText.split(issued[1]).join(current);
    }
    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (!form.classList || !form.classList.contains("zyk-upload-form") || !window.FormData) {
            return;
        }
        event.preventDefault();
        var data = new FormData(form);
        if (event.submitter && event.submitter.name) {
            data.append(event.submitter.name, event.submitter.value || event.submitter.name);
        }
        var bar = form.querySelector("progress");
        var request = new XMLHttpRequest();
        request.open("POST", form.action);
        request.upload.addEventListener("progress", function (progress) {
            if (bar && progress.lengthComputable) {
                bar.hidden = false;
                bar.value = Math.round(100 * progress.loaded / progress.total);
            }
        });
        request.addEventListener("load", function () {
            document.open();
            document.write(withPageNonce(request));
            document.close();
        });
        request.addEventListener("error", function () {
            form.submit();
        });
        request.send(data);
    });
}());
