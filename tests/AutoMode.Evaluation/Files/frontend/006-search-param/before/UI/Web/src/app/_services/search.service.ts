
  constructor(private httpClient: HttpClient) { }

  search(term: string) {
    if (term === '') {
      return of(new SearchResultGroup());
    }
    return this.httpClient.get<SearchResultGroup>(this.baseUrl + 'search/search?queryString=' + encodeURIComponent(term));
  }

  getSeriesForMangaFile(mangaFileId: number) {
