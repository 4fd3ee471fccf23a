// The catalog site's only script (served as a file: the pages' Content-Security-Policy allows no inline script).
// The pages are complete without it. It adds two things:
// - the catalog's search and filters, over the whole registry: data/catalog.json (one row per module) and
//   data/search-index.json (a MiniSearch index built with the site) are fetched on first use;
// - the graph's highlight: choosing a module marks what it depends on and what depends on it.
;(function () {
  'use strict'

  var catalog = document.getElementById('catalog')
  if (catalog) initCatalog(catalog)
  var graph = document.getElementById('graph')
  if (graph) initGraph(graph)

  function initCatalog(table) {
    var form = document.getElementById('filters')
    var tbody = document.getElementById('catalog-rows')
    var count = document.getElementById('result-count')
    var pages = document.getElementById('catalog-pages')
    var more = document.getElementById('show-more')
    var PAGE = 100
    var staticRows = Array.prototype.slice.call(tbody.childNodes)
    var staticCount = count.textContent
    var withVisibility = document.getElementById('filter-visibility') !== null
    var rowsPromise = null
    var searchPromise = null
    var generation = 0
    var shown = []
    var shownCount = 0

    form.hidden = false
    var params = new URLSearchParams(location.search)
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name && params.has(field.name)) field.value = params.get(field.name)
    })

    function json(url) {
      return fetch(url).then(function (response) {
        if (!response.ok) throw new Error(url + ': HTTP ' + response.status)
        return response.json()
      })
    }
    function loadRows() {
      return (rowsPromise =
        rowsPromise ||
        json(table.dataset.catalog).then(function (data) {
          return data.rows
        }))
    }
    function loadSearch() {
      return (searchPromise =
        searchPromise ||
        json(table.dataset.index).then(function (data) {
          return MiniSearch.loadJS(data.index, { fields: data.fields })
        }))
    }

    function state() {
      var s = {}
      Array.prototype.forEach.call(form.elements, function (field) {
        if (field.name) s[field.name] = field.value.trim()
      })
      return s
    }

    // Columns of a row, as search-data.ts writes them.
    var NAME = 0,
      TYPE = 1,
      VERSION = 2,
      HEALTH = 3,
      CATEGORY = 4,
      STATUS = 5,
      VISIBILITY = 6,
      DESCRIPTION = 7
    var FILTERS = { type: TYPE, visibility: VISIBILITY, health: HEALTH, category: CATEGORY, status: STATUS }

    function apply() {
      var mine = ++generation
      var s = state()
      var active = Object.keys(s).some(function (key) {
        return s[key] !== ''
      })
      var query = new URLSearchParams()
      Object.keys(s).forEach(function (key) {
        if (s[key] !== '') query.set(key, s[key])
      })
      history.replaceState(null, '', location.pathname + (active ? '?' + query : '') + location.hash)
      if (!active) {
        tbody.replaceChildren.apply(tbody, staticRows)
        count.textContent = staticCount
        if (pages) pages.hidden = false
        more.hidden = true
        return Promise.resolve(null)
      }
      return Promise.all([loadRows(), s.q ? loadSearch() : null]).then(
        function (loaded) {
          if (mine !== generation) return null
          var rows = loaded[0]
          var ids
          if (s.q) {
            ids = loaded[1]
              .search(s.q, {
                combineWith: 'AND',
                prefix: true,
                // A typo is forgiven in words of 5 letters or more; never in numbers or tokens with digits
                // (u232x would otherwise find u233x).
                fuzzy: function (term) {
                  return term.length >= 5 && /^[a-z]+$/.test(term) ? 0.2 : false
                },
                boost: { name: 3, category: 1.5 },
              })
              .map(function (hit) {
                return hit.id
              })
          } else {
            ids = rows.map(function (_, i) {
              return i
            })
          }
          shown = ids
            .filter(function (id) {
              var row = rows[id]
              return Object.keys(FILTERS).every(function (key) {
                return !s[key] || row[FILTERS[key]] === s[key]
              })
            })
            .map(function (id) {
              return rows[id]
            })
          shownCount = 0
          tbody.replaceChildren()
          if (pages) pages.hidden = true
          showMore()
          count.textContent =
            shown.length === 0
              ? 'No module matches.'
              : shown.length + (shown.length === 1 ? ' module matches.' : ' modules match.')
          return shown.length
        },
        function (error) {
          count.textContent = 'The search data could not be loaded (' + error.message + ').'
          throw error
        },
      )
    }

    function showMore() {
      var fragment = document.createDocumentFragment()
      shown.slice(shownCount, shownCount + PAGE).forEach(function (row) {
        fragment.appendChild(rowElement(row))
      })
      shownCount = Math.min(shown.length, shownCount + PAGE)
      tbody.appendChild(fragment)
      more.hidden = shownCount >= shown.length
    }

    function cell(tr, content) {
      var td = document.createElement('td')
      if (typeof content === 'string' || content === null)
        td.textContent = content === null || content === '' ? '–' : content
      else td.appendChild(content)
      tr.appendChild(td)
    }
    function rowElement(row) {
      var tr = document.createElement('tr')
      var link = document.createElement('a')
      link.href = table.dataset.modules + encodeURIComponent(row[NAME]) + '.html'
      link.textContent = row[NAME]
      cell(tr, link)
      cell(tr, row[TYPE])
      cell(tr, row[VERSION])
      var badge = document.createElement('span')
      badge.className = 'health health-' + row[HEALTH]
      badge.textContent = row[HEALTH]
      cell(tr, badge)
      cell(tr, row[CATEGORY])
      cell(tr, row[STATUS])
      if (withVisibility) cell(tr, row[VISIBILITY])
      var description = document.createElement('td')
      description.textContent = row[DESCRIPTION] || ''
      tr.appendChild(description)
      return tr
    }

    form.addEventListener('input', apply)
    form.addEventListener('change', apply)
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      apply()
    })
    form.addEventListener('reset', function () {
      setTimeout(apply, 0)
    })
    more.addEventListener('click', showMore)
    // For the benchmark and the tests: the same work as typing, with a promise of the number of matches.
    window.cimCatalog = { apply: apply }
    if (
      Object.keys(state()).some(function (key) {
        return state()[key] !== ''
      })
    )
      apply()
  }

  function initGraph(svg) {
    var form = document.getElementById('graph-focus-form')
    var select = document.getElementById('graph-focus')
    var status = document.getElementById('graph-selection')
    // Without a prototype: a module or an address named "constructor" must find no inherited member.
    var nodes = Object.create(null)
    var dependencies = Object.create(null)
    var dependents = Object.create(null)
    Array.prototype.forEach.call(svg.querySelectorAll('a.node'), function (node) {
      nodes[node.dataset.name] = node
      dependencies[node.dataset.name] = []
      dependents[node.dataset.name] = []
    })
    var edges = Array.prototype.slice.call(svg.querySelectorAll('path.edge'))
    edges.forEach(function (edge) {
      dependencies[edge.dataset.from].push(edge.dataset.to)
      dependents[edge.dataset.to].push(edge.dataset.from)
    })
    var focused = ''
    form.hidden = false

    function focus(name) {
      if (!nodes[name]) name = ''
      focused = name
      select.value = name
      svg.classList.toggle('has-focus', name !== '')
      Object.keys(nodes).forEach(function (key) {
        var classes = nodes[key].classList
        classes.toggle('focus', key === name)
        classes.toggle('dependency', name !== '' && dependencies[name].indexOf(key) >= 0)
        classes.toggle('dependent', name !== '' && dependents[name].indexOf(key) >= 0)
      })
      edges.forEach(function (edge) {
        edge.classList.toggle('edge-dependency', edge.dataset.from === name)
        edge.classList.toggle('edge-dependent', edge.dataset.to === name)
      })
      history.replaceState(null, '', location.pathname + location.search + (name ? '#' + encodeURIComponent(name) : ''))
      status.replaceChildren()
      if (!name) return
      var link = document.createElement('a')
      link.href = nodes[name].getAttribute('href')
      link.textContent = name
      status.append(
        link,
        ' depends on ' +
          dependencies[name].length +
          ' and ' +
          dependents[name].length +
          ' depend on it (of the modules drawn). Choose it again to open its page.',
      )
    }

    svg.addEventListener('click', function (event) {
      var node = event.target.closest('a.node')
      if (!node || node.dataset.name === focused) return
      event.preventDefault()
      focus(node.dataset.name)
    })
    select.addEventListener('change', function () {
      focus(select.value)
    })
    var initial = ''
    try {
      initial = decodeURIComponent(location.hash.slice(1))
    } catch (error) {
      // A hand-typed address with a stray % (URIError): no module is focused.
    }
    if (nodes[initial]) {
      focus(initial)
      nodes[initial].scrollIntoView({ block: 'center', inline: 'center' })
    }
  }
})()
