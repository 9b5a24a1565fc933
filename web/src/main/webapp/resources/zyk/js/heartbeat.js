/* The learner's item page (console/learning/item.xhtml): starts an attempt through the API and reports heartbeats.
   The attempt's token lives only in this closure, never in markup, storage or cookies. A beat claims the interval
   played since the last one; the server decides what counts (at most twice real time, never a jump, covered seconds
   only once). Beats: every beatSeconds while the page is open, and on pause, seek, end and leaving the page (fetch
   with keepalive, so the beat still goes out while the page unloads and carries the CSRF header navigator.sendBeacon
   could not send). */
(function () {
    "use strict";

    var root = document.getElementById("learning");
    if (!root || !window.fetch) {
        return;
    }
    var meta = document.querySelector("meta[name='zyk-csrf']");
    var headers = {"Content-Type": "application/json", "Accept": "application/json"};
    if (meta) {
        headers[meta.getAttribute("data-header") || "X-CSRF-Token"] = meta.getAttribute("content");
    }
    var status = document.getElementById("learningStatus");
    var player = document.getElementById("player");
    var attempt = null;
    // Faces leaves out an empty attribute, so a platform at the server's root has no data-context at all
    var context = root.getAttribute("data-context") || "";
    var seq = 0;
    var inflight = Promise.resolve();
    var from = 0;
    var last = 0;
    var seeked = false;
    var stopped = false;
    var timer = null;

    function say(key, percent) {
        var text = root.getAttribute("data-text-" + key) || "";
        if (status && text) {
            status.textContent = text.replace("{0}", percent);
        }
    }

    function position() {
        return player && attempt.mode === "MEDIA" ? Math.round(player.currentTime * 1000) : 0;
    }

    function stop(key) {
        stopped = true;
        if (timer) {
            window.clearInterval(timer);
        }
        say(key, "");
    }

    function answered(response) {
        if (response.status === 409) {
            stop("superseded");
            return null;
        }
        if (response.status === 410 || response.status === 404) {
            stop("expired");
            return null;
        }
        return response.ok ? response.json() : null;
    }

    function shown(result) {
        if (result && result.completed) {
            say("completed", 100);
        } else if (result && result.percent >= 0) {
            say("saved", result.percent);
        }
    }

    function beat(leaving) {
        if (!attempt || stopped) {
            return;
        }
        var to = player && attempt.mode === "MEDIA" ? last : 0;
        var body = {
            token: attempt.token, seq: ++seq, fromMs: from, toMs: to,
            playing: !!(player && !player.paused), rate: player ? player.playbackRate : 1,
            seeked: seeked, visible: document.visibilityState === "visible"
        };
        from = to;
        seeked = false;
        var send = function () {
            return window.fetch(context + attempt.heartbeatUrl, {
                method: "POST", headers: headers, body: JSON.stringify(body), credentials: "same-origin",
                keepalive: !!leaving
            });
        };
        if (leaving) {
            send();
            return;
        }
        // one beat at a time, in order: "pause" and "ended" fire together at the end of a clip, and a later beat
        // that overtook an earlier one would make the earlier a replay and its span a jump, crediting neither
        inflight = inflight.then(send).then(answered).then(shown).catch(function () { return null; });
    }

    function watch() {
        player.addEventListener("timeupdate", function () {
            if (!player.seeking) {
                last = position();
            }
        });
        player.addEventListener("seeking", function () {
            beat(false);
            from = position();
            last = from;
            seeked = true;
        });
        player.addEventListener("pause", function () {
            beat(false);
        });
        player.addEventListener("ended", function () {
            last = position();
            beat(false);
        });
    }

    function started(result) {
        if (!result) {
            return;
        }
        attempt = result;
        from = result.resumeMs;
        last = from;
        if (player && result.mode === "MEDIA") {
            var seek = function () {
                player.currentTime = result.resumeMs / 1000;
                seeked = false;
            };
            if (player.readyState >= 1) {
                seek();
            } else {
                player.addEventListener("loadedmetadata", seek, {once: true});
            }
            watch();
        }
        timer = window.setInterval(function () {
            beat(false);
        }, (result.beatSeconds || 30) * 1000);
    }

    document.addEventListener("visibilitychange", function () {
        beat(document.visibilityState !== "visible");
    });
    window.addEventListener("pagehide", function () {
        beat(true);
        if (attempt && !stopped) {
            window.fetch(context + attempt.endUrl, {
                method: "POST", headers: headers, body: JSON.stringify({token: attempt.token}),
                credentials: "same-origin", keepalive: true
            });
        }
    });
    window.fetch(root.getAttribute("data-start-url"), {method: "POST", headers: headers, credentials: "same-origin"})
        .then(answered).then(started).catch(function () { return null; });
}());
