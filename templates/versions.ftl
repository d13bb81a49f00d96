<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<#-- The generated "Versions" page: every technology the chapters are checked against (data/versions.yml). -->
<@l.page content=content; root, info>
<#assign versions = data.get("versions.yml")>
<article class="doc page versions">
  <header class="doc-header">
    <h1>${content.title}</h1>
    <#if content.summary?has_content><p class="doc-summary">${content.summary}</p></#if>
  </header>
  ${content.body?no_esc}
  <h2 id="technologies">Technologies and versions</h2>

  <table class="versions-table">
    <caption>${versions.technologies?size} technologies, standards and books; a service without a version is described as its documentation stood in the month of the check</caption>
    <thead><tr><th scope="col">Technology</th><th scope="col">Version</th><th scope="col">Chapters (month checked)</th></tr></thead>
    <tbody>
    <#list versions.technologies as tech>
      <#list tech.versions as v>
      <tr<#if v?is_first> id="${tech.id}"</#if>>
        <#if v?is_first><th scope="row" rowspan="${tech.versions?size}">${tech.name}</th></#if>
        <td><#if v.version?has_content>${v.version}<#else>current service</#if></td>
        <td><ul class="versions-chapters"><#list v.chapters as c><li><a href="${root}${c.uri}">${c.title}</a> <span class="versions-when">(${c.checkedLabel})</span></li></#list></ul></td>
      </tr>
      </#list>
    </#list>
    </tbody>
  </table>

  <h2 id="chapters">Chapters and when they were checked</h2>
  <ul class="versions-by-chapter">
  <#list versions.chapters as c>
    <li><a href="${root}${c.uri}">${c.title}</a> <span class="versions-when">(${c.part}) — checked <time datetime="${c.checked}">${c.checkedLabel}</time></span></li>
  </#list>
  </ul>
</article>
</@l.page>
