<#ftl output_format="HTML">
<#-- The page frame shared by every template: header, sidebar, breadcrumbs, footer. -->
<#function rootOf content>
  <#return content.rootpath!"">
</#function>
<#function nav><#return data.get("navigation.yml")></#function>
<#function pageInfo content>
  <#local pages = nav().pages>
  <#if pages[content.uri]??><#return pages[content.uri]></#if>
  <#return {}>
</#function>

<#macro page content bodyClass="">
<#local root = rootOf(content)>
<#local info = pageInfo(content)>
<#local siteTitle = config.site_title!"Senior Data Engineer Interview Handbook">
<!DOCTYPE html>
<html lang="en" data-root="${root}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<#if (content.type!"") == "notfound"><base href="${config.site_basepath!""}/"></#if>
<title><#if (content.type!"") == "home">${siteTitle}<#else>${content.title} · ${siteTitle}</#if></title>
<#if content.summary?has_content><meta name="description" content="${content.summary}"></#if>
<meta name="color-scheme" content="light dark">
<link rel="icon" href="${root}favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${root}css/handbook.css">
<link rel="stylesheet" href="${root}css/practice.css">
<link rel="stylesheet" href="${root}css/print.css" media="print">
<script src="${root}js/theme.js"></script>
<script src="${root}js/handbook.js" defer></script>
<script src="${root}js/search.js" defer></script>
<script src="${root}js/code-copy.js" defer></script>
<#if (content.type!"") == "chapter"><script src="${root}js/page-toc.js" defer></script></#if>
<script type="module" src="${root}js/practice/progress.js"></script>
</head>
<body class="type-${content.type!"page"}${bodyClass}">
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <button type="button" class="nav-toggle" aria-controls="sidebar" aria-expanded="false"><span class="nav-toggle-bars" aria-hidden="true"></span><span class="visually-hidden">Chapters</span></button>
  <a class="brand" href="${root}index.html"><span class="brand-mark" aria-hidden="true">SDE</span> <span class="brand-text">Interview Handbook</span></a>
  <form class="search-form" role="search" action="${root}search.html" method="get">
    <label for="search-input" class="visually-hidden">Search the handbook</label>
    <input id="search-input" class="search-input" name="q" type="text" placeholder="Search  ( / )" autocomplete="off" spellcheck="false" role="combobox" aria-autocomplete="list" aria-controls="search-popup" aria-expanded="false">
    <div id="search-popup" class="search-popup" hidden></div>
  </form>
  <a class="header-link" href="${root}glossary.html">Glossary</a>
  <button type="button" class="theme-toggle" aria-pressed="false"><span class="theme-icon" aria-hidden="true"></span><span class="visually-hidden">Dark theme</span></button>
</header>
<div class="layout">
<nav id="sidebar" class="sidebar" aria-label="Chapters">
  <ol class="nav-parts">
  <#list nav().parts as part>
    <li class="nav-part<#if (info.part.uri)?? && info.part.uri == part.uri> current-part</#if>">
      <a class="nav-part-link" href="${root}${part.uri}"<#if content.uri == part.uri> aria-current="page"</#if>>${part.title}</a>
      <ol class="nav-chapters">
      <#list part.chapters as chapter>
        <li><a href="${root}${chapter.uri}"<#if content.uri == chapter.uri> aria-current="page"</#if>>${chapter.title}</a></li>
      </#list>
      </ol>
    </li>
  </#list>
  </ol>
  <ul class="nav-extra">
    <li><a href="${root}practice.html"<#if content.uri == "practice.html"> aria-current="page"</#if>>Practice</a></li>
    <li><a href="${root}glossary.html"<#if content.uri == "glossary.html"> aria-current="page"</#if>>Glossary</a></li>
    <li><a href="${root}search.html"<#if content.uri == "search.html"> aria-current="page"</#if>>Search</a></li>
  </ul>
</nav>
<main id="main" class="main" tabindex="-1">
<#if (content.type!"") != "home">
  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <ol>
      <li><a href="${root}index.html">Home</a></li>
      <#if info.part?? && info.part.uri != content.uri><li><a href="${root}${info.part.uri}">${info.part.title}</a></li></#if>
      <li><span aria-current="page">${content.title}</span></li>
    </ol>
  </nav>
</#if>
<#nested root info>
<#if info.prev?? || info.next??>
  <nav class="prev-next" aria-label="Previous and next">
    <#if info.prev??><a class="prev" rel="prev" href="${root}${info.prev.uri}"><span class="prev-next-label">Previous</span> <span class="prev-next-title">${info.prev.title}</span></a></#if>
    <#if info.next??><a class="next" rel="next" href="${root}${info.next.uri}"><span class="prev-next-label">Next</span> <span class="prev-next-title">${info.next.title}</span></a></#if>
  </nav>
</#if>
</main>
</div>
<footer class="site-footer">
  <#if info.source??>
  <p class="page-meta">
    <a class="edit-link" href="${config.site_repository}/edit/${config.site_branch}/${info.source}">Edit this page</a>
    <a class="report-link" href="${config.site_repository}/issues/new?title=${("Problem in: " + content.title)?url('UTF-8')}&amp;labels=correction&amp;body=${("Page: " + info.source + "\n\nWhat is wrong:\n")?url('UTF-8')}">Report a problem</a>
  </p>
  </#if>
  <p>${siteTitle} · open source, written by its readers · <a href="${root}changes.html">What changed</a> · <a href="${root}versions.html">Versions checked</a> · <a href="${config.site_repository}">source on GitHub</a></p>
</footer>
</body>
</html>
</#macro>
