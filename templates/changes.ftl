<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#-- The generated "What changed" page: the errata, newest first (data/changes.yml, from errata/*.txt). -->
<@l.page content=content; root, info>
<#assign changes = data.get("changes.yml")>
<article class="doc page changes">
  <header class="doc-header">
    <h1>${content.title}</h1>
    <#if content.summary?has_content><p class="doc-summary">${content.summary}</p></#if>
  </header>
  ${content.body?no_esc}
  <#if changes.total == 0>
  <p class="changes-none">No corrections yet.</p>
  <#else>
  <p class="changes-total">${changes.total} corrections: ${changes.counts.wrong} wrong, ${changes.counts.outdated} outdated, ${changes.counts.misleading} misleading.</p>
  <dl class="changes-legend">
  <#list changes.severities as s>
    <dt><span class="severity severity-${s.id}">${s.label}</span></dt><dd>${s.meaning}</dd>
  </#list>
  </dl>
  <#list changes.days as day>
  <section class="changes-day" aria-labelledby="changes-${day.date}">
    <h2 id="changes-${day.date}"><time datetime="${day.date}">${day.dateLabel}</time></h2>
    <#list day.groups as group>
    <h3 id="${group.anchor}"><a href="${root}${group.uri}">${group.title}</a></h3>
    <ul class="changes-list">
      <#list group.entries as e>
      <li class="change"><span class="severity severity-${e.severity}">${e.severityLabel}</span> <a href="${root}${e.href}">${e.section}</a>: ${e.change}</li>
      </#list>
    </ul>
    </#list>
  </section>
  </#list>
  </#if>
</article>
</@l.page>
