<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.page content=content bodyClass=" has-toc"; root, info>
<div class="content-with-toc">
<article class="doc chapter" data-source="${info.source!""}">
  <header class="doc-header">
    <h1>${content.title}</h1>
    <#if content.summary?has_content><p class="doc-summary">${content.summary}</p></#if>
    <p class="doc-meta"><span data-doc-meta></span><#if info.updated??> · <span class="updated">Last updated <time datetime="${info.updated}">${info.updated}</time></span></#if></p>
  </header>
  ${content.body?no_esc}
</article>
<nav class="page-toc" aria-label="On this page" data-toc></nav>
</div>
</@l.page>
