<#ftl output_format="HTML">
<#import "layout.ftl" as l>
<@l.page content=content; root, info>
<article class="doc part-landing">
  <header class="doc-header">
    <h1>${content.title}</h1>
    <#if content.summary?has_content><p class="doc-summary">${content.summary}</p></#if>
  </header>
  ${content.body?no_esc}
  <section class="chapter-list" aria-labelledby="chapters-heading">
    <h2 id="chapters-heading">Chapters</h2>
    <ol class="cards">
    <#list l.nav().parts as part><#if part.uri == content.uri><#list part.chapters as chapter>
      <li class="card"><a href="${root}${chapter.uri}"><span class="card-title">${chapter.title}</span><span class="card-text">${chapter.summary}</span></a></li>
    </#list></#if></#list>
    </ol>
  </section>
</article>
</@l.page>
