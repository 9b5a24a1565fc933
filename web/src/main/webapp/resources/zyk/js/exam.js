/* The learner's exam page (console/learning/exam.xhtml). Saves each question's answer through the REST API
   (PUT {api}/answers/{q} with {answer, seq}, same origin, the page's CSRF header) when a control changes and, for what
   was typed without leaving the field, every 30 s; seq grows per attempt (kept in sessionStorage, and above the
   highest seq the server holds), so that a late or repeated save never overwrites a newer answer on the server. Marks
   each question saving / saved / not saved. After a reload it reads the attempt (GET {api}) and puts every saved
   answer back. Counts down from the span the server gave (its deadline minus its now), measured with the page's
   monotonic clock: the client's wall clock plays no part. Reports leaving the page (POST {api}/switch-away). Before
   the Faces submit it names the unanswered questions and waits for the saves in flight. */
(function () {
    "use strict";

    var root = document.getElementById("exam");
    if (!root || !window.fetch) {
        return;
    }
    var api = root.getAttribute("data-api");
    var seqKey = "zyk-exam-seq-" + root.getAttribute("data-attempt");
    var meta = document.querySelector("meta[name='zyk-csrf']");
    var headers = {"Content-Type": "application/json", "Accept": "application/json"};
    if (meta) {
        headers[meta.getAttribute("data-header") || "X-CSRF-Token"] = meta.getAttribute("content");
    }
    var remaining = parseInt(root.getAttribute("data-remaining-ms"), 10) || 0;
    var started = window.performance.now();
    var questions = Array.prototype.slice.call(root.querySelectorAll(".zyk-exam-question"));
    var dirty = {};
    var latest = {};
    var inflight = [];
    var over = false;
    var leaving = false;
    var serverSeq = 0;

    function text(key) {
        return root.getAttribute("data-text-" + key) || "";
    }

    function all(element, selector) {
        return Array.prototype.slice.call(element.querySelectorAll(selector));
    }

    function nextSeq() {
        var stored = 0;
        try {
            stored = parseInt(window.sessionStorage.getItem(seqKey), 10) || 0;
        } catch (e) {
            stored = 0;
        }
        var seq = Math.max(stored, serverSeq) + 1;
        serverSeq = seq;
        try {
            window.sessionStorage.setItem(seqKey, String(seq));
        } catch (e) {
            return seq;
        }
        return seq;
    }

    function collect(box) {
        var type = box.getAttribute("data-type");
        if (type === "SINGLE_CHOICE" || type === "MULTIPLE_CHOICE") {
            return {choices: all(box, ".zyk-choice:checked").map(function (i) { return parseInt(i.value, 10); })};
        }
        if (type === "TRUE_FALSE") {
            var chosen = box.querySelector(".zyk-truth:checked");
            return {truth: chosen ? chosen.value === "true" : null};
        }
        if (type === "FILL_BLANK") {
            return {blanks: all(box, ".zyk-blank").map(function (i) { return i.value; })};
        }
        if (type === "SHORT_ANSWER") {
            return {text: box.querySelector(".zyk-essay").value};
        }
        if (type === "MATCHING") {
            return {choices: all(box, ".zyk-match").map(function (s) { return parseInt(s.value, 10); })};
        }
        var placed = all(box, ".zyk-order").filter(function (i) { return i.value !== ""; });
        placed.sort(function (a, b) { return parseInt(a.value, 10) - parseInt(b.value, 10); });
        return {choices: placed.map(function (i) { return parseInt(i.getAttribute("data-index"), 10); })};
    }

    function answerOf(question) {
        var parts = all(question, ".zyk-exam-part");
        if (parts.length) {
            return {parts: parts.map(function (p) { return collect(p.querySelector(".zyk-answer")); })};
        }
        return collect(question.querySelector(".zyk-answer"));
    }

    function answered(a) {
        if (!a) {
            return false;
        }
        if (a.parts && a.parts.length) {
            return a.parts.some(answered);
        }
        return (a.choices || []).some(function (c) { return c !== null && c >= 0; }) || a.truth === true
            || a.truth === false || (a.blanks || []).some(function (b) { return b && b.trim(); })
            || !!(a.text && a.text.trim());
    }

    function restore(box, a) {
        if (!box || !a) {
            return;
        }
        var choices = a.choices || [];
        all(box, ".zyk-choice").forEach(function (i) { i.checked = choices.indexOf(parseInt(i.value, 10)) >= 0; });
        all(box, ".zyk-truth").forEach(function (i) { i.checked = a.truth !== null && String(a.truth) === i.value; });
        all(box, ".zyk-blank").forEach(function (i, n) { i.value = (a.blanks || [])[n] || ""; });
        all(box, ".zyk-essay").forEach(function (t) { t.value = a.text || ""; });
        all(box, ".zyk-match").forEach(function (s, n) {
            s.value = String(choices[n] === null || choices[n] === undefined ? -1 : choices[n]);
        });
        all(box, ".zyk-order").forEach(function (i) {
            var at = choices.indexOf(parseInt(i.getAttribute("data-index"), 10));
            i.value = at >= 0 ? String(at + 1) : "";
        });
    }

    function restoreQuestion(question, a) {
        var parts = all(question, ".zyk-exam-part");
        if (parts.length) {
            parts.forEach(function (p, n) { restore(p.querySelector(".zyk-answer"), (a.parts || [])[n]); });
        } else {
            restore(question.querySelector(".zyk-answer"), a);
        }
    }

    function mark(question, state) {
        var badge = question.querySelector(".zyk-save-state");
        question.setAttribute("data-save", state);
        if (badge) {
            badge.textContent = text(state);
        }
    }

    function stop() {
        over = true;
        document.getElementById("examNotice").textContent = text("over");
        all(root, "input, select, textarea, #submitAsk").forEach(function (c) { c.disabled = true; });
    }

    function save(question, leavingPage) {
        var id = question.getAttribute("data-q");
        if (over) {
            return Promise.resolve();
        }
        var seq = nextSeq();
        latest[id] = seq;
        dirty[id] = false;
        mark(question, "saving");
        var sent = window.fetch(api + "/answers/" + id, {
            method: "PUT", headers: headers, credentials: "same-origin", keepalive: !!leavingPage,
            body: JSON.stringify({answer: answerOf(question), seq: seq})
        }).then(function (response) {
            if (response.status === 409) {
                stop();
            }
            if (!response.ok) {
                throw new Error(String(response.status));
            }
            return response.json();
        }).then(function (stored) {
            if (stored && stored.seq > seq) {
                // the server holds a higher seq (another tab, without this tab's counter): save again above it
                serverSeq = Math.max(serverSeq, stored.seq);
                if (latest[id] === seq) {
                    return save(question, leavingPage);
                }
            }
            if (latest[id] === seq && !dirty[id]) {
                mark(question, "saved");
            }
            return null;
        }).catch(function () {
            dirty[id] = true;
            mark(question, "failed");
        });
        inflight.push(sent);
        return sent;
    }

    function flush(leavingPage) {
        questions.forEach(function (q) {
            if (dirty[q.getAttribute("data-q")]) {
                save(q, leavingPage);
            }
        });
        return Promise.all(inflight);
    }

    function two(n) {
        return (n < 10 ? "0" : "") + n;
    }

    function tick() {
        var left = Math.max(0, remaining - (window.performance.now() - started));
        var seconds = Math.floor(left / 1000);
        document.getElementById("countdown").textContent = Math.floor(seconds / 3600) + ":"
            + two(Math.floor(seconds / 60) % 60) + ":" + two(seconds % 60);
        if (left <= 0 && !over) {
            flush(false).then(stop);
        }
    }

    questions.forEach(function (q) {
        q.addEventListener("change", function () {
            save(q, false);
        });
        q.addEventListener("input", function () {
            dirty[q.getAttribute("data-q")] = true;
        });
    });

    var ask = document.getElementById("submitAsk");
    var confirmBox = document.getElementById("submitConfirm");
    var confirmButton = document.getElementById("submitForm:confirmSubmit");
    ask.addEventListener("click", function () {
        var missing = questions.filter(function (q) { return !answered(answerOf(q)); })
            .map(function (q) { return q.getAttribute("data-number"); });
        document.getElementById("submitQuestion").textContent = missing.length
            ? text("unanswered").replace("{0}", missing.join(", ")) : text("complete");
        confirmBox.hidden = false;
        confirmButton.focus();
    });
    document.getElementById("submitCancel").addEventListener("click", function () {
        confirmBox.hidden = true;
    });
    confirmButton.addEventListener("click", function (event) {
        if (leaving) {
            return;
        }
        event.preventDefault();
        leaving = true;
        confirmButton.disabled = true;
        flush(false).then(function () {
            confirmButton.disabled = false;
            confirmButton.form.requestSubmit(confirmButton);
        });
    });

    document.addEventListener("visibilitychange", function () {
        if (document.visibilityState !== "hidden" || over || leaving) {
            return;
        }
        flush(true);
        window.fetch(api + "/switch-away", {
            method: "POST", headers: headers, credentials: "same-origin", keepalive: true
        }).catch(function () { return null; });
    });
    window.addEventListener("pagehide", function () {
        flush(true);
    });

    window.fetch(api, {headers: {"Accept": "application/json"}, credentials: "same-origin"})
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (attempt) {
            if (!attempt) {
                return;
            }
            (attempt.answers || []).forEach(function (saved) {
                serverSeq = Math.max(serverSeq, saved.seq);
                var question = root.querySelector(".zyk-exam-question[data-q='" + saved.questionId + "']");
                if (question && !dirty[saved.questionId] && latest[saved.questionId] === undefined) {
                    restoreQuestion(question, saved.answer);
                    mark(question, "saved");
                }
            });
        }).catch(function () { return null; });
    tick();
    window.setInterval(tick, 1000);
    window.setInterval(function () {
        flush(false);
    }, 30000);
}());
