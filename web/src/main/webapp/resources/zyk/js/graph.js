/*
 * The library page's knowledge graph (issue 16): reads the graph as JSON from /api/v1/libraries/{id}/graph, draws it
 * with the bundled ECharts (force layout), filters it by node type, and shows a clicked node's resources, courses and
 * questions in a panel (read from .../graph/nodes/{nodeId}). A plain list of the shown nodes sits below the chart for
 * keyboards and screen readers. Texts come from the page (data-* attributes written from the bundles); everything
 * inserted is text, never HTML.
 */
(function () {
    'use strict';

    var TYPES = ['MAJOR', 'COURSE', 'MODULE', 'KNOWLEDGE', 'SKILL', 'JOB'];
    var COLOURS = ['#8e44ad', '#2c7be5', '#16a085', '#f39c12', '#e74c3c', '#34495e'];
    var SIZES = {MAJOR: 38, COURSE: 30, MODULE: 24, KNOWLEDGE: 18, SKILL: 20, JOB: 26};

    function el(tag, cls, text) {
        var e = document.createElement(tag);
        if (cls) {
            e.className = cls;
        }
        if (text !== undefined && text !== null) {
            e.textContent = text;
        }
        return e;
    }

    function Graph(root) {
        this.root = root;
        this.ctx = root.getAttribute('data-context') || '';
        this.url = root.getAttribute('data-graph-url');
        this.text = function (name) {
            return root.getAttribute('data-text-' + name.replace(/[A-Z]/g, function (c) {
                return '-' + c.toLowerCase();
            })) || '';
        };
        this.status = root.querySelector('.zyk-graph-status');
        this.list = root.querySelector('.zyk-graph-list');
        this.panel = root.querySelector('.zyk-graph-panel');
        this.boxes = Array.prototype.slice.call(root.querySelectorAll('input[data-type]'));
        this.labels = {};
        var self = this;
        this.boxes.forEach(function (box) {
            self.labels[box.getAttribute('data-type')] = box.getAttribute('data-label');
            box.addEventListener('change', function () {
                self.draw();
            });
        });
        this.chart = window.echarts.init(root.querySelector('.zyk-graph-chart'), null, {renderer: 'canvas'});
        this.chart.on('click', function (p) {
            if (p.dataType === 'node') {
                self.open(Number(p.data.id));
            }
        });
        window.addEventListener('resize', function () {
            self.chart.resize();
        });
        root.querySelector('.zyk-graph-close').addEventListener('click', function () {
            self.panel.hidden = true;
        });
    }

    Graph.prototype.load = function () {
        var self = this;
        fetch(this.url, {headers: {Accept: 'application/json'}, credentials: 'same-origin'}).then(function (r) {
            if (!r.ok) {
                throw new Error(r.status);
            }
            return r.json();
        }).then(function (graph) {
            self.graph = graph;
            self.status.textContent = graph.nodes.length ? '' : self.text('empty');
            self.status.hidden = graph.nodes.length > 0;
            self.root.setAttribute('data-loaded', 'true');
            self.draw();
        }).catch(function () {
            self.status.textContent = self.text('failed');
        });
    };

    Graph.prototype.shownTypes = function () {
        return this.boxes.filter(function (b) {
            return b.checked;
        }).map(function (b) {
            return b.getAttribute('data-type');
        });
    };

    Graph.prototype.draw = function () {
        if (!this.graph) {
            return;
        }
        var types = this.shownTypes();
        var nodes = this.graph.nodes.filter(function (n) {
            return types.indexOf(n.type) >= 0;
        });
        var ids = {};
        nodes.forEach(function (n) {
            ids[n.id] = true;
        });
        var self = this;
        this.chart.setOption({
            tooltip: {show: true, formatter: function (p) {
                return p.dataType === 'node'
                    ? window.echarts.format.encodeHTML(p.data.name + ' · ' + self.labels[p.data.type]) : '';
            }},
            series: [{
                type: 'graph', layout: 'force', roam: true, draggable: true, animation: false,
                force: {repulsion: 140, edgeLength: [40, 110], gravity: 0.08, layoutAnimation: false},
                label: {show: true, position: 'right', fontSize: 11},
                emphasis: {focus: 'adjacency', lineStyle: {width: 3}},
                edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 6,
                categories: TYPES.map(function (t, i) {
                    return {name: self.labels[t] || t, itemStyle: {color: COLOURS[i]}};
                }),
                data: nodes.map(function (n) {
                    return {id: String(n.id), name: n.name, type: n.type, category: TYPES.indexOf(n.type),
                        symbolSize: SIZES[n.type] || 18};
                }),
                links: this.graph.edges.filter(function (e) {
                    return ids[e.source] && ids[e.target];
                }).map(function (e) {
                    return {source: String(e.source), target: String(e.target),
                        lineStyle: {type: e.type === 'RELATED' ? 'dashed' : 'solid', opacity: 0.6}};
                })
            }]
        }, true);
        this.fillList(nodes);
    };

    Graph.prototype.fillList = function (nodes) {
        var self = this;
        this.list.textContent = '';
        nodes.forEach(function (n) {
            var item = el('li');
            var button = el('button', 'zyk-graph-node zyk-graph-' + n.type.toLowerCase(), n.name);
            button.type = 'button';
            button.setAttribute('data-node-id', n.id);
            button.setAttribute('data-type', n.type);
            button.title = self.labels[n.type];
            button.addEventListener('click', function () {
                self.open(n.id);
            });
            item.appendChild(button);
            self.list.appendChild(item);
        });
    };

    Graph.prototype.open = function (id) {
        var self = this;
        fetch(this.url + '/nodes/' + id, {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
            .then(function (r) {
                if (!r.ok) {
                    throw new Error(r.status);
                }
                return r.json();
            }).then(function (detail) {
                self.show(detail);
            }).catch(function () {
                self.status.hidden = false;
                self.status.textContent = self.text('failed');
            });
    };

    Graph.prototype.show = function (d) {
        var p = this.panel;
        var body = p.querySelector('.zyk-graph-panel-body');
        p.querySelector('.zyk-graph-panel-title').textContent = d.node.name;
        p.querySelector('.zyk-graph-panel-type').textContent = this.labels[d.node.type] || d.node.type;
        p.setAttribute('data-node-id', d.node.id);
        body.textContent = '';
        if (d.node.description) {
            body.appendChild(el('p', 'zyk-graph-description', d.node.description));
        }
        var ctx = this.ctx;
        this.section(body, 'resources', d.resources, function (l) {
            return ctx + '/portal/resource/view.xhtml?id=' + l.id;
        });
        this.section(body, 'courses', d.courses, function (l) {
            return ctx + '/portal/course/view.xhtml?id=' + l.id;
        });
        this.section(body, 'courseItems', d.courseItems, function (l) {
            return ctx + '/portal/course/view.xhtml?id=' + l.courseId;
        });
        body.appendChild(el('h3', null, this.text('questions')));
        body.appendChild(el('p', 'zyk-graph-question-count',
            this.text('questionCount').replace('{0}', String(d.questionCount))));
        if (d.questions.length) {
            this.section(body, 'questions', d.questions, function () {
                return ctx + '/console/exam/questions.xhtml';
            }, true);
        }
        this.neighbours(body, d.neighbours);
        p.hidden = false;
        if (window.matchMedia('(max-width: 899px)').matches) {
            p.scrollIntoView({behavior: 'smooth', block: 'start'});
        }
    };

    Graph.prototype.section = function (body, name, links, href, noHeading) {
        if (!noHeading) {
            body.appendChild(el('h3', null, this.text(name)));
        }
        if (!links.length) {
            body.appendChild(el('p', 'zyk-muted', this.text('none')));
            return;
        }
        var list = el('ul', 'zyk-graph-links zyk-graph-' + name);
        links.forEach(function (l) {
            var item = el('li');
            var a = el('a', null, l.title);
            a.href = href(l);
            a.setAttribute('data-id', l.id);
            item.appendChild(a);
            if (l.detail && name === 'courseItems') {
                item.appendChild(el('span', 'zyk-muted', ' · ' + l.detail));
            }
            list.appendChild(item);
        });
        body.appendChild(list);
    };

    Graph.prototype.neighbours = function (body, nodes) {
        if (!nodes.length) {
            return;
        }
        var self = this;
        body.appendChild(el('h3', null, this.text('neighbours')));
        var list = el('ul', 'zyk-graph-neighbours');
        nodes.forEach(function (n) {
            var b = el('button', 'zyk-graph-node zyk-graph-' + n.type.toLowerCase(), n.name);
            b.type = 'button';
            b.addEventListener('click', function () {
                self.open(n.id);
            });
            var item = el('li');
            item.appendChild(b);
            list.appendChild(item);
        });
        body.appendChild(list);
    };

    function start() {
        var root = document.getElementById('knowledgeGraph');
        if (root && window.echarts && window.fetch) {
            new Graph(root).load();
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
