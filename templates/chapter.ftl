<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.page content=content bodyClass=" has-toc"; root, info>
<div class="content-with-toc">
<article class="doc chapter" data-source="${info.source!""}">
  <header class="doc-header">
    <h1>${content.title}</h1>
    <#if content.summary?has_content><p class="doc-summary">${content.summary}</p></#if>
    <p class="doc-meta"><span data-doc-meta></span><#if info.updated??> · <span class="updated">Last updated <time datetime="${info.updated}">${info.updated}</time></span></#if></p>
    <#if info.stamp??>
    <p class="doc-checked">Checked in <time datetime="${info.stamp.checked}">${info.stamp.checkedLabel}</time> against <#list info.stamp.versions as v><a href="${root}versions.html#${v.id}">${v.name}<#if v.version?has_content> ${v.version}</#if></a><#sep>, </#sep></#list>.<#if info.corrections??> Corrected: <#list info.corrections as c><a href="${root}changes.html#${c.anchor}"><time datetime="${c.date}">${c.dateLabel}</time> (${c.count} ${(c.count == 1)?then("change", "changes")})</a><#sep>, </#sep></#list>.</#if></p>
    </#if>
  </header>
  ${content.body?no_esc}
</article>
<nav class="page-toc" aria-label="On this page" data-toc></nav>
</div>
</@l.page>
