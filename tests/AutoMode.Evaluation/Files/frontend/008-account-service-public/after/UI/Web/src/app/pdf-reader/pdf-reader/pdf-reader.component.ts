
  private readonly onDestroy = new Subject<void>();

  constructor(private route: ActivatedRoute, private router: Router, public accountService: AccountService,
    private seriesService: SeriesService, public readerService: ReaderService,
    private navService: NavService, private toastr: ToastrService,
    private bookService: BookService, private themeService: ThemeService, 
